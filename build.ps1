<#
.SYNOPSIS
    Builds, documents and tests the Multicast module.
.DESCRIPTION
    Build lays out an importable module folder at out/Multicast/<version>/.
    Docs turns the PlatyPS markdown in docs/ into MAML help (needs PlatyPS).
    Test runs the xunit suites, then the Pester specs in tests/ against the built module (needs Pester 5).
    Runs in Windows PowerShell 5.1 and PowerShell 7.
.EXAMPLE
    ./build.ps1
.EXAMPLE
    ./build.ps1 -Task Build, Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Docs', 'Test')]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$root = $PSScriptRoot
$manifestPath = Join-Path $root 'Multicast.psd1'
$version = (Import-PowerShellDataFile -Path $manifestPath).ModuleVersion
$moduleRoot = Join-Path (Join-Path $root 'out') 'Multicast'
$moduleDir = Join-Path $moduleRoot $version

function Invoke-DotNet {
    param([Parameter(Mandatory)][string[]] $Arguments)
    Write-Host "dotnet $($Arguments -join ' ')"
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet $($Arguments -join ' ') failed with exit code $LASTEXITCODE."
    }
}

function Invoke-BuildTask {
    $publishDir = Join-Path (Join-Path $root 'out') 'publish'
    Invoke-DotNet -Arguments @('publish', (Join-Path $root 'src/Multicast.PowerShell/Multicast.PowerShell.csproj'),
        '-c', $Configuration, '-o', $publishDir, '--nologo')

    if (Test-Path $moduleDir) {
        Remove-Item -Path $moduleDir -Recurse -Force
    }
    New-Item -Path $moduleDir -ItemType Directory -Force | Out-Null

    foreach ($file in 'Multicast.dll', 'Multicast.Core.dll', 'Multicast.Format.ps1xml') {
        Copy-Item -Path (Join-Path $publishDir $file) -Destination $moduleDir
    }
    Copy-Item -Path $manifestPath -Destination $moduleDir
    Copy-Item -Path (Join-Path $root 'LICENSE') -Destination $moduleDir

    $help = Join-Path (Join-Path $root 'out') 'help/en-US'
    if (Test-Path $help) {
        Copy-Item -Path $help -Destination $moduleDir -Recurse
    }
    else {
        Write-Warning "No compiled help at $help; run './build.ps1 -Task Docs' on a machine with PlatyPS to include Get-Help content."
    }

    Write-Host "Module laid out at $moduleDir"
}

function Invoke-DocsTask {
    $helpDir = Join-Path (Join-Path $root 'out') 'help/en-US'
    $docs = Join-Path $root 'docs/en-US'
    $platyPS = Get-Module -ListAvailable -Name platyPS, Microsoft.PowerShell.PlatyPS | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $platyPS) {
        Write-Warning 'PlatyPS is not installed (Install-Module platyPS); help was not compiled.'
        return
    }

    New-Item -Path $helpDir -ItemType Directory -Force | Out-Null
    Import-Module $platyPS -Force
    if ($platyPS.Name -eq 'platyPS') {
        # PlatyPS 0.14: cmdlet pages to MAML, about_ topics to .help.txt.
        New-ExternalHelp -Path $docs -OutputPath $helpDir -Force | Out-Null
    }
    else {
        # Microsoft.PowerShell.PlatyPS 1.x.
        $commandHelp = Get-ChildItem -Path $docs -Filter '*-*.md' | ForEach-Object { Import-MarkdownCommandHelp -Path $_.FullName }
        Export-MamlCommandHelp -CommandHelp $commandHelp -OutputFolder $helpDir -Force | Out-Null
        $maml = Get-ChildItem -Path $helpDir -Filter '*.xml' -Recurse | Select-Object -First 1
        if ($maml -and $maml.DirectoryName -ne $helpDir) {
            Move-Item -Path $maml.FullName -Destination (Join-Path $helpDir 'Multicast.dll-Help.xml') -Force
        }
        Get-ChildItem -Path $docs -Filter 'about_*.md' | ForEach-Object {
            $text = Get-Content -Path $_.FullName -Raw
            Set-Content -Path (Join-Path $helpDir ($_.BaseName -replace '\.help$', '') + '.help.txt') -Value $text -Encoding UTF8
        }
    }

    Write-Host "Help compiled to $helpDir"
}

function Invoke-TestTask {
    Invoke-DotNet -Arguments @('test', (Join-Path $root 'Multicast.sln'), '-c', $Configuration, '--nologo')

    $pester = Get-Module -ListAvailable -Name Pester | Where-Object { $_.Version -ge [version]'5.0.0' } | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $pester) {
        Write-Warning 'Pester 5 is not installed (Install-Module Pester -MinimumVersion 5.0); the Pester specs were not run.'
        return
    }

    if (-not (Test-Path (Join-Path $moduleDir 'Multicast.psd1'))) {
        Invoke-BuildTask
    }

    Import-Module $pester -Force
    $config = New-PesterConfiguration
    $config.Run.Path = Join-Path $root 'tests'
    $config.Run.PassThru = $true
    $config.Output.Verbosity = 'Detailed'
    $config.TestResult.Enabled = $true
    $config.TestResult.OutputPath = Join-Path (Join-Path $root 'out') 'pester-results.xml'
    $result = Invoke-Pester -Configuration $config
    Write-Host "Pester: $($result.PassedCount) passed, $($result.FailedCount) failed"
    if ($result.FailedCount -gt 0 -or $result.Result -ne 'Passed') {
        throw "$($result.FailedCount) Pester test(s) failed."
    }
}

foreach ($step in $Task) {
    switch ($step) {
        'Build' { Invoke-BuildTask }
        'Docs' { Invoke-DocsTask }
        'Test' { Invoke-TestTask }
    }
}
