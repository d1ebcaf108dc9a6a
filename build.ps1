<#
.SYNOPSIS
    Builds, documents and tests the Multicast module.
.DESCRIPTION
    Build lays out an importable module folder at out/Multicast/<version>/, with en-US help (Docs).
    Docs turns the PlatyPS markdown in docs/ into MAML help (needs PlatyPS).
    Test runs the xunit suites, then the Pester specs in tests/ against the built module (needs Pester 5).
    Package makes out/Multicast.zip (the module folder at its root, for Azure Automation) and
    out/Multicast.<version>.nupkg (for Publish-Module / Publish-PSResource), after Build.
    Runs in Windows PowerShell 5.1 and PowerShell 7.
.EXAMPLE
    ./build.ps1
.EXAMPLE
    ./build.ps1 -Task Build, Test
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

    foreach ($file in 'Multicast.dll', 'Multicast.Core.dll', 'Multicast.Leases.dll', 'Multicast.Format.ps1xml') {
        Copy-Item -Path (Join-Path $publishDir $file) -Destination $moduleDir
    }
    Copy-Item -Path $manifestPath -Destination $moduleDir
    Copy-Item -Path (Join-Path $root 'LICENSE') -Destination $moduleDir

    # Help: the about topics always; cmdlet help where PlatyPS is installed (Docs warns otherwise).
    Invoke-DocsTask
    $help = Join-Path (Join-Path $root 'out') 'help/en-US'
    Copy-Item -Path $help -Destination $moduleDir -Recurse

    Write-Host "Module laid out at $moduleDir"
}

function ConvertTo-AboutHelpText {
    # about_*.help.md -> about_*.help.txt: the plain-text layout Get-Help shows, headings in capitals.
    param([Parameter(Mandatory)][string] $Path)
    $lines = foreach ($line in (Get-Content -Path $Path -Encoding UTF8)) {
        if ($line -match '^# (about_\S+)') { 'TOPIC'; "    $($Matches[1])"; continue }
        if ($line -match '^## (.+)$') { ''; $Matches[1].ToUpperInvariant(); continue }
        if ($line -match '^### (.+)$') { ''; "  $($Matches[1])"; continue }
        if ($line -match '^```') { continue }
        "    $line"
    }
    $lines -join [Environment]::NewLine
}

function Invoke-DocsTask {
    $helpDir = Join-Path (Join-Path $root 'out') 'help/en-US'
    $docs = Join-Path $root 'docs/en-US'
    New-Item -Path $helpDir -ItemType Directory -Force | Out-Null

    # About topics need no PlatyPS.
    foreach ($about in Get-ChildItem -Path $docs -Filter 'about_*.md') {
        $name = ($about.BaseName -replace '\.help$', '') + '.help.txt'
        Set-Content -Path (Join-Path $helpDir $name) -Value (ConvertTo-AboutHelpText -Path $about.FullName) -Encoding UTF8
    }

    $platyPS = Get-Module -ListAvailable -Name platyPS, Microsoft.PowerShell.PlatyPS | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $platyPS) {
        Write-Warning 'PlatyPS is not installed (Install-Module platyPS); cmdlet help was not compiled, only the about topics.'
        return
    }

    Import-Module $platyPS -Force
    $pages = Get-ChildItem -Path $docs -Filter '*-*.md'
    if ($platyPS.Name -eq 'platyPS') {
        # PlatyPS 0.14: the cmdlet pages to one MAML file named after the pages' 'external help file'.
        New-ExternalHelp -Path $pages.FullName -OutputPath $helpDir -Force | Out-Null
    }
    else {
        # Microsoft.PowerShell.PlatyPS 1.x.
        $commandHelp = $pages | ForEach-Object { Import-MarkdownCommandHelp -Path $_.FullName }
        $written = Export-MamlCommandHelp -CommandHelp $commandHelp -OutputFolder $helpDir -Force
        foreach ($file in @($written)) {
            if ($file -and $file.FullName -ne (Join-Path $helpDir 'Multicast.dll-Help.xml')) {
                Move-Item -Path $file.FullName -Destination (Join-Path $helpDir 'Multicast.dll-Help.xml') -Force
            }
        }
    }

    Write-Host "Help compiled to $helpDir"
}

function Invoke-PackageTask {
    if (-not (Test-Path (Join-Path $moduleDir 'Multicast.psd1'))) {
        Invoke-BuildTask
    }

    $manifest = Import-PowerShellDataFile -Path $manifestPath
    $staging = Join-Path (Join-Path $root 'out') 'package'
    if (Test-Path $staging) {
        Remove-Item -Path $staging -Recurse -Force
    }

    # Azure Automation imports a zip whose root holds the module folder, named as the module.
    $zipRoot = Join-Path $staging 'zip'
    New-Item -Path $zipRoot -ItemType Directory -Force | Out-Null
    Copy-Item -Path $moduleDir -Destination (Join-Path $zipRoot 'Multicast') -Recurse
    $zip = Join-Path (Join-Path $root 'out') 'Multicast.zip'
    if (Test-Path $zip) {
        Remove-Item -Path $zip -Force
    }
    Compress-Archive -Path (Join-Path $zipRoot 'Multicast') -DestinationPath $zip

    # The nupkg PowerShellGet makes: module files at the package root, PSModule and PSCmdlet_ tags.
    $nuget = Join-Path $staging 'nuget'
    New-Item -Path $nuget -ItemType Directory -Force | Out-Null
    $tags = @('PSModule', 'PSIncludes_Cmdlet') + $manifest.PrivateData.PSData.Tags +
        ($manifest.CmdletsToExport | ForEach-Object { "PSCmdlet_$_"; "PSCommand_$_" })
    $escape = { param($text) [System.Security.SecurityElement]::Escape([string]$text) }
    $nuspec = @"
<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd">
  <metadata>
    <id>Multicast</id>
    <version>$($manifest.ModuleVersion)</version>
    <authors>$(& $escape $manifest.Author)</authors>
    <owners>$(& $escape $manifest.CompanyName)</owners>
    <requireLicenseAcceptance>false</requireLicenseAcceptance>
    <license type="expression">MIT</license>
    <projectUrl>$(& $escape $manifest.PrivateData.PSData.ProjectUri)</projectUrl>
    <description>$(& $escape $manifest.Description)</description>
    <releaseNotes>$(& $escape $manifest.PrivateData.PSData.ReleaseNotes)</releaseNotes>
    <copyright>$(& $escape $manifest.Copyright)</copyright>
    <tags>$(& $escape ($tags -join ' '))</tags>
  </metadata>
  <files>
    <file src="$(& $escape (Join-Path $moduleDir '**'))" target="" />
  </files>
</package>
"@
    Set-Content -Path (Join-Path $nuget 'Multicast.nuspec') -Value $nuspec -Encoding UTF8
    # dotnet pack needs a project to carry the nuspec; this one builds nothing of its own.
    Set-Content -Path (Join-Path $nuget 'Multicast.Package.csproj') -Encoding UTF8 -Value @'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <NuspecFile>Multicast.nuspec</NuspecFile>
    <IncludeBuildOutput>false</IncludeBuildOutput>
    <NoWarn>NU5100;NU5110;NU5111;NU5128</NoWarn>
  </PropertyGroup>
</Project>
'@
    Invoke-DotNet -Arguments @('pack', (Join-Path $nuget 'Multicast.Package.csproj'), '-o', (Join-Path $root 'out'), '--nologo')
    Write-Host "Packages: $zip and $(Join-Path (Join-Path $root 'out') "Multicast.$($manifest.ModuleVersion).nupkg")"
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
    # The specs run in the caller's session state and would inherit this script's 'Stop', which turns the
    # non-terminating errors they check (and every help example's documented error) into terminating ones.
    $ErrorActionPreference = 'Continue'
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
        'Package' { Invoke-PackageTask }
    }
}
