<#
.SYNOPSIS
    Runs every Pester spec in tests/ against a built module; build.ps1 -Task Test starts it in a fresh child
    process, so the specs see a session as a user's: no inherited preferences, no module already loaded.
#>
param(
    [Parameter(Mandatory)] [string] $Root,
    [Parameter(Mandatory)] [string] $Module,
    [Parameter(Mandatory)] [string] $Summary
)

$packages = Join-Path $Root 'out/packages'
$pester = Join-Path $packages 'pester/5.9.1/tools/Pester.psd1'
if (-not (Test-Path $pester)) {
    Write-Error "Pester 5.9.1 is not in $packages. Run: dotnet restore tools/SpecDependencies --packages out/packages"
    exit 1
}

# The specs import the module under test and IPNetwork2 from these.
$env:MULTICAST_MODULE_PATH = $Module
$env:MULTICAST_IPNETWORK_PATH = Join-Path $packages 'ipnetwork2/5.0.1/lib/netstandard2.0/System.Net.IPNetwork.dll'
Import-Module $pester -ErrorAction Stop

$config = New-PesterConfiguration
$config.Run.Path = Join-Path $Root 'tests'
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Normal'
$config.TestResult.Enabled = $true
$config.TestResult.OutputPath = Join-Path (Split-Path $Summary) 'pester.xml'
$result = Invoke-Pester -Configuration $config

$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
@{ Passed = $result.PassedCount; Failed = $failed } | ConvertTo-Json | Set-Content -Path $Summary
exit ([int] ($failed -gt 0))
