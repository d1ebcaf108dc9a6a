<#
.SYNOPSIS
    Builds, documents, tests and packages the Multicast module.
.DESCRIPTION
    Build    lays out an importable module at out/Multicast/<version>/, with its help (Docs).
    Docs     compiles docs/en-US into help: cmdlet pages to MAML and about topics to text, with the
             project's own help compiler (tools/Multicast.HelpCompiler), so every machine has the same help.
             Where PlatyPS 0.14 is installed, every page is also compiled with New-ExternalHelp as a check.
    Test     runs the xunit suites, then every Pester spec in tests/ in a child process of this PowerShell,
             and ends with one line: "N passed, M failed". Pester comes from its NuGet package.
    Package  makes out/Multicast.zip (the module folder at its root, for Azure Automation) and, where
             PSResourceGet is present, out/Multicast.<version>.nupkg (Compress-PSResource).
    Runs in Windows PowerShell 5.1 and PowerShell 7; needs the .NET SDK.
.EXAMPLE
    dotnet tool restore; dotnet pwsh -NoProfile -File ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Docs', 'Test', 'Package')]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$root = $PSScriptRoot
$out = Join-Path $root 'out'
$manifestPath = Join-Path $root 'Multicast.psd1'
$version = (Import-PowerShellDataFile -Path $manifestPath).ModuleVersion
$moduleDir = Join-Path $out "Multicast/$version"
$helpDir = Join-Path $out 'help/en-US'

function Invoke-DotNet {
    Write-Host "dotnet $($args -join ' ')"
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    $publish = Join-Path $out 'publish'
    Invoke-DotNet publish (Join-Path $root 'src/Multicast.PowerShell') -c $Configuration -o $publish --nologo
    if (Test-Path $moduleDir) { Remove-Item -Path $moduleDir -Recurse -Force }
    New-Item -Path $moduleDir -ItemType Directory -Force | Out-Null
    foreach ($file in 'Multicast.dll', 'Multicast.Core.dll', 'Multicast.Leases.dll', 'Multicast.Format.ps1xml', 'Multicast.Types.ps1xml') {
        Copy-Item -Path (Join-Path $publish $file) -Destination $moduleDir
    }
    Copy-Item -Path $manifestPath, (Join-Path $root 'LICENSE') -Destination $moduleDir
    Invoke-Docs
    Copy-Item -Path $helpDir -Destination $moduleDir -Recurse
    Write-Host "Module laid out at $moduleDir"
}

function Invoke-Docs {
    if (Test-Path $helpDir) { Remove-Item -Path $helpDir -Recurse -Force }
    Invoke-DotNet run --project (Join-Path $root 'tools/Multicast.HelpCompiler') -c $Configuration -- (Join-Path $root 'docs/en-US') $helpDir

    # Authors keep the pages as PlatyPS markdown: where PlatyPS 0.14 is installed, it must accept every page.
    $platyPS = Get-Module -ListAvailable -Name platyPS | Where-Object { $_.Version.Major -eq 0 } | Select-Object -First 1
    if ($platyPS) {
        Import-Module $platyPS
        $check = Join-Path $out 'help-platyps'
        New-ExternalHelp -Path (Join-Path $root 'docs/en-US') -OutputPath $check -Force | Out-Null
        Write-Host "PlatyPS $($platyPS.Version) compiled every page ($check)"
    }
}

function Invoke-Test {
    # xunit first: each suite writes a trx file, whose counters are summed with Pester's.
    $results = Join-Path $out 'test-results'
    if (Test-Path $results) { Remove-Item -Path $results -Recurse -Force }
    & dotnet test (Join-Path $root 'Multicast.sln') -c $Configuration --nologo --logger trx --results-directory $results
    $xunitFailedToRun = $LASTEXITCODE -ne 0
    $passed = 0
    $failed = 0
    foreach ($trx in Get-ChildItem -Path $results -Filter '*.trx' -ErrorAction SilentlyContinue) {
        $counters = ([xml] (Get-Content -Path $trx.FullName -Raw)).TestRun.ResultSummary.Counters
        $passed += [int] $counters.passed
        $failed += [int] $counters.failed + [int] $counters.error + [int] $counters.timeout + [int] $counters.aborted
    }
    if ($xunitFailedToRun -and $failed -eq 0) { $failed = 1 }

    Invoke-Build
    Invoke-DotNet restore (Join-Path $root 'tools/SpecDependencies') --packages (Join-Path $out 'packages')

    # The specs run in a fresh child of this PowerShell, with none of this script's preferences.
    $summary = Join-Path $results 'pester.json'
    $exe = (Get-Process -Id $PID).Path
    $hostArgs = @()
    if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $hostArgs = @(Join-Path $PSHOME 'pwsh.dll') }
    & $exe @hostArgs -NoProfile -NonInteractive -File (Join-Path $root 'tools/Invoke-Specs.ps1') -Root $root -Module (Join-Path $moduleDir 'Multicast.psd1') -Summary $summary
    if (Test-Path $summary) {
        $pester = Get-Content -Path $summary -Raw | ConvertFrom-Json
        $passed += $pester.Passed
        $failed += $pester.Failed
    }
    else {
        $failed += 1
    }

    Write-Host "$passed passed, $failed failed"
    if ($failed -gt 0) { exit 1 }
}

function Invoke-Package {
    Invoke-Build
    $staging = Join-Path $out 'package/Multicast'
    if (Test-Path (Split-Path $staging)) { Remove-Item -Path (Split-Path $staging) -Recurse -Force }
    Copy-Item -Path $moduleDir -Destination $staging -Recurse
    $zip = Join-Path $out 'Multicast.zip'
    Compress-Archive -Path $staging -DestinationPath $zip -Force
    Write-Host "Package: $zip"

    if (Get-Command -Name Compress-PSResource -ErrorAction SilentlyContinue) {
        Compress-PSResource -Path $moduleDir -DestinationPath $out
        Write-Host "Package: $(Join-Path $out "Multicast.$version.nupkg")"
    }
    else {
        Write-Warning 'PSResourceGet 1.1 or later is not installed, so no nupkg was made (Install-Module Microsoft.PowerShell.PSResourceGet).'
    }
}

foreach ($step in $Task) {
    & "Invoke-$step"
}
