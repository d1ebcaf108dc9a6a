# Runs every example in docs/en-US (the first code block under each "### Example" heading) against the
# built module, so that no example lies. Each "PS C:\> " line is run in the example's own scope, and
# every output line documented under it must appear in what really came out: the formatted output,
# and errors, warnings and verbose messages rendered as "Cmdlet: message", "WARNING: ..." and "VERBOSE: ...".
# Whitespace is normalized, so column spacing may differ but values, order and words may not.

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

        foreach ($step in $steps) {
            $records = @(Invoke-Expression -Command $step.Command 2>&1 3>&1 4>&1)
            $errors = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            $warnings = @($records | Where-Object { $_ -is [System.Management.Automation.WarningRecord] })
            $verbose = @($records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
            $output = @($records | Where-Object {
                    -not ($_ -is [System.Management.Automation.ErrorRecord] -or $_ -is [System.Management.Automation.WarningRecord] -or $_ -is [System.Management.Automation.VerboseRecord])
                })

            $rendered = New-Object System.Text.StringBuilder
            [void] $rendered.AppendLine(($output | Out-String -Width 400))
            foreach ($e in $errors) {
                $message = $e.Exception.Message
                if ($e.ErrorDetails -and $e.ErrorDetails.Message) { $message = $e.ErrorDetails.Message }
                $name = if ($e.InvocationInfo -and $e.InvocationInfo.MyCommand) { $e.InvocationInfo.MyCommand.Name } else { '' }
                [void] $rendered.AppendLine("${name}: $message")
            }
            foreach ($w in $warnings) { [void] $rendered.AppendLine("WARNING: $($w.Message)") }
            foreach ($v in $verbose) { [void] $rendered.AppendLine("VERBOSE: $($v.Message)") }
            $actual = ConvertTo-NormalizedText $rendered.ToString()

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
}
