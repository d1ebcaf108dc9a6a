BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $examples = Join-Path (Split-Path -Parent $PSScriptRoot) 'examples'
    $runbook = Join-Path $examples 'Test-MulticastGroupConfiguration.ps1'
}

Describe 'examples/' {
    It '<_> parses without errors' -ForEach @('Test-MulticastGroupConfiguration.ps1') {
        $tokens = $null
        $errors = $null
        [System.Management.Automation.Language.Parser]::ParseFile((Join-Path $examples $_), [ref] $tokens, [ref] $errors) | Out-Null
        $errors | Should -BeNullOrEmpty
    }

    It 'the DSC configuration parses where DSC is available' {
        if (-not (Get-Module -ListAvailable -Name PSDesiredStateConfiguration)) {
            Set-ItResult -Skipped -Because 'PSDesiredStateConfiguration is not installed'
            return
        }
        $tokens = $null
        $errors = $null
        [System.Management.Automation.Language.Parser]::ParseFile((Join-Path $examples 'MulticastApplicationConfiguration.ps1'), [ref] $tokens, [ref] $errors) | Out-Null
        $errors | Should -BeNullOrEmpty
    }

    It 'the runbook passes good groups' {
        $output = & $runbook -Group 'video=239.192.10.1', 'telemetry=ff18::8000:1' | Out-String
        $output | Should -Match 'All 2 multicast groups passed'
    }

    It 'the runbook fails with a report naming each bad group' {
        $thrown = $null
        try {
            & $runbook -Group 'video=239.192.10.1', 'alarms=224.0.0.200', 'typo=224.1', 'web=192.0.2.1' | Out-Null
        }
        catch {
            $thrown = $_
        }
        $thrown | Should -Not -BeNullOrEmpty
        $thrown.Exception.Message | Should -Match '3 of 4 multicast groups failed'
        $thrown.Exception.Message | Should -Match 'alarms'
        $thrown.Exception.Message | Should -Match 'typo'
        $thrown.Exception.Message | Should -Match 'web'
    }

    It 'the runbook takes objects from Import-Csv' {
        $csv = Join-Path $TestDrive 'groups.csv'
        "Name,Address`nvideo,239.192.10.1`nwide,233.252.0.1" | Set-Content -Path $csv
        { Import-Csv $csv | & $runbook } | Should -Throw '*wide*'
    }
}
