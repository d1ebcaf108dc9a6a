# Runs every example in docs/en-US and the README against the built module, so that no example lies: each step's documented
# lines must appear in what the console shows (tools/HelpExample.ps1 says how examples are read and run).
# tools/Update-HelpExample.ps1 writes the console's real output into the examples this finds lying. Each example
# runs in a folder of its own that holds the sample SAP capture (tests/Data/sap-sessions.pcapng), so that
# session examples read ./sap-sessions.pcapng and none listens to or sends on a network.

BeforeDiscovery {
    . (Join-Path (Split-Path -Parent $PSScriptRoot) 'tools/HelpExample.ps1')
    $root = Split-Path -Parent $PSScriptRoot
    $examples = @(Get-HelpExample -Path (Join-Path $root 'docs/en-US') -Readme (Join-Path $root 'README.md'))
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    . (Join-Path $PSScriptRoot 'LeaseTestStore.ps1')
    . (Join-Path (Split-Path -Parent $PSScriptRoot) 'tools/HelpExample.ps1')

    # An example that waits for a lease to expire moves the store's clock instead of waiting.
    function Start-Sleep {
        param([Parameter(Mandatory)] [int] $Seconds)
        Move-LeaseStoreClock -Path $env:MULTICAST_STORE_PATH -By ([timespan]::FromSeconds($Seconds))
    }

    if (Test-Path variable:PSStyle) { $PSStyle.OutputRendering = 'PlainText' }

    # As in a fresh session, whatever the caller set: errors and warnings are written, not thrown or dropped.
    $ErrorActionPreference = 'Continue'
    $WarningPreference = 'Continue'
}

Describe 'Help example <Page>: <Title>' -ForEach $examples {
    It 'runs and shows what the page documents' {
        # Lease examples must not touch the user's store.
        $env:MULTICAST_STORE_PATH = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.json')
        $steps = Get-ExampleStep -Lines $Lines
        $steps | Should -Not -BeNullOrEmpty -Because "$Page '$Title' should start its code with a prompt"

        Push-Location (New-ExampleFolder -Parent $TestDrive)
        try {
            foreach ($step in $steps) {
                # Dot-sourced here, so that the example's variables live on into its next step.
                $exampleRecords = @(. ([scriptblock]::Create($step.Command)) 2>&1 3>&1 4>&1)
                $run = ConvertTo-ExampleShown -Records $exampleRecords
                $missing = @(Get-ExampleMismatch -Expected $step.Expected -Shown $run.Shown)
                $missing | Should -BeNullOrEmpty -Because "'$($step.Command)' should show what the page documents; it showed:`n$($run.Shown -join "`n")`n"
                if (-not (Test-ExampleExpectsError -Command $step.Command -Expected $step.Expected)) {
                    $run.Errors | Should -BeNullOrEmpty -Because "'$($step.Command)' documents no error"
                }
            }
        }
        finally {
            Pop-Location
        }
    }
}
