# Runs every example in docs/en-US (the first code block under each "### Example" heading) against the
# built module, so that no example lies. Each "PS C:\> " line runs as a script block dot-sourced in the
# example's own scope, and every output line documented under it must appear in what the console would
# show: the formatted output and errors as PowerShell renders them ("Cmdlet: message"), with warnings and
# verbose messages as "WARNING: ..." and "VERBOSE: ...". Whitespace is normalized, so column spacing may
# differ but values and words may not. A documented "..." or "…" stands for text left out. Each example runs
# in a folder of its own that holds the sample SAP capture (tests/Data/sap-sessions.pcapng), so that session
# examples read ./sap-sessions.pcapng and none listens to or sends on a network.

BeforeDiscovery {
    $docs = Join-Path (Split-Path -Parent $PSScriptRoot) 'docs/en-US'
    $examples = New-Object System.Collections.Generic.List[hashtable]
    foreach ($file in Get-ChildItem -Path $docs -Filter '*-*.md') {
        $lines = Get-Content -Path $file.FullName -Encoding UTF8
        $title = $null
        $block = $null
        foreach ($line in $lines) {
            if ($null -ne $block) {
                if ($line -match '^```\s*$') {
                    $examples.Add(@{ Page = $file.BaseName; Title = $title; Lines = $block.ToArray() })
                    $block = $null
                    $title = $null
                }
                else {
                    $block.Add($line)
                }
            }
            elseif ($line -match '^### (Example .+)$') {
                $title = $Matches[1]
            }
            elseif ($line -match '^#{1,3} ') {
                $title = $null
            }
            elseif ($title -and $line -match '^```') {
                $block = New-Object System.Collections.Generic.List[string]
            }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    . (Join-Path $PSScriptRoot 'LeaseTestStore.ps1')

    # An example that waits for a lease to expire moves the store's clock instead of waiting.
    function Start-Sleep {
        param([Parameter(Mandatory)] [int] $Seconds)
        Move-LeaseStoreClock -Path $env:MULTICAST_STORE_PATH -By ([timespan]::FromSeconds($Seconds))
    }

    if (Test-Path variable:PSStyle) { $PSStyle.OutputRendering = 'PlainText' }

    # As in a fresh session, whatever the caller set: errors and warnings are written, not thrown or dropped.
    $ErrorActionPreference = 'Continue'
    $WarningPreference = 'Continue'

    function ConvertTo-NormalizedText {
        param([AllowEmptyString()][string] $Text)
        ($Text -replace '\s+', ' ').Trim()
    }

    # Splits an example into steps: a command (with any continuation lines) and the lines documented after it.
    function Get-ExampleStep {
        param([string[]] $Lines)
        $steps = New-Object System.Collections.Generic.List[hashtable]
        $current = $null
        $continues = $false
        foreach ($line in $Lines) {
            if ($line.StartsWith('PS C:\> ')) {
                $current = @{ Command = $line.Substring(8); Expected = New-Object System.Collections.Generic.List[string] }
                $steps.Add($current)
                $continues = $line -match '[|`{(,]\s*$'
            }
            elseif ($null -ne $current -and ($continues -or $line.StartsWith('>> '))) {
                $current.Command += [Environment]::NewLine + ($line -replace '^>> ', '')
                $continues = $line -match '[|`{(,]\s*$'
            }
            elseif ($null -ne $current) {
                $current.Expected.Add($line)
            }
        }
        , $steps.ToArray()
    }
}

Describe 'Help example <Page>: <Title>' -ForEach $examples {
    It 'runs and shows what the page documents' {
        # Lease examples must not touch the user's store.
        $env:MULTICAST_STORE_PATH = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.json')
        $steps = Get-ExampleStep -Lines $Lines
        $steps | Should -Not -BeNullOrEmpty -Because "$Page '$Title' should start its code with 'PS C:\> '"
        $folder = Join-Path $TestDrive ([guid]::NewGuid().ToString())
        New-Item -Path $folder -ItemType Directory | Out-Null
        Copy-Item -Path (Join-Path $PSScriptRoot 'Data/sap-sessions.pcapng') -Destination $folder
        Push-Location $folder
        try {
            foreach ($step in $steps) {
                $records = @(. ([scriptblock]::Create($step.Command)) 2>&1 3>&1 4>&1)
                $errors = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
                $shown = foreach ($record in $records) {
                    if ($record -is [System.Management.Automation.WarningRecord]) { "WARNING: $($record.Message)" }
                    elseif ($record -is [System.Management.Automation.VerboseRecord]) { "VERBOSE: $($record.Message)" }
                    else { $record }
                }
                $actual = ConvertTo-NormalizedText ($shown | Out-String -Width 400)

                $documentsError = $false
                foreach ($expected in $step.Expected) {
                    if ($expected -match '^[A-Z][A-Za-z]+-[A-Za-z]+: ') { $documentsError = $true }
                    foreach ($piece in ($expected -split ('\.\.\.|' + [char] 0x2026))) {
                        $want = ConvertTo-NormalizedText $piece
                        if ($want) {
                            $actual.Contains($want) | Should -BeTrue -Because "'$($step.Command)' should show '$want'; it showed: $actual"
                        }
                    }
                }

                $expectsErrors = $documentsError -or $step.Command -match '-ErrorAction\s+(SilentlyContinue|Ignore)|-ErrorVariable|-EA\s+0'
                if (-not $expectsErrors) {
                    $errors | Should -BeNullOrEmpty -Because "'$($step.Command)' documents no error"
                }
            }
        }
        finally {
            Pop-Location
        }
    }
}
