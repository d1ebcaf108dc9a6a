BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $repo = Split-Path -Parent $PSScriptRoot
    $module = Get-Module Multicast
    $manifestPath = Join-Path $module.ModuleBase 'Multicast.psd1'
}

Describe 'The Multicast module' {
    It 'has a manifest that Test-ModuleManifest accepts' {
        { Test-ModuleManifest -Path $manifestPath -ErrorAction Stop } | Should -Not -Throw
    }

    It 'runs in Windows PowerShell 5.1 and PowerShell 7' {
        $data = Import-PowerShellDataFile -Path $manifestPath
        $data.PowerShellVersion | Should -Be '5.1'
        $data.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $data.FunctionsToExport.Count | Should -Be 0
        $data.VariablesToExport.Count | Should -Be 0
        $data.AliasesToExport.Count | Should -Be 0
        $data.FormatsToProcess | Should -Contain 'Multicast.Format.ps1xml'
        $data.PrivateData.PSData.Tags | Should -Contain 'Multicast'
        $data.PrivateData.PSData.ProjectUri | Should -Not -BeNullOrEmpty
        $data.PrivateData.PSData.LicenseUri | Should -Not -BeNullOrEmpty
    }

    It 'exports exactly the cmdlets its assembly defines' {
        $assembly = [Multicast.PowerShell.MulticastCmdlet].Assembly
        $defined = $assembly.GetTypes() |
            ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } |
            ForEach-Object { '{0}-{1}' -f $_.VerbName, $_.NounName } |
            Sort-Object
        $exported = $module.ExportedCmdlets.Keys | Sort-Object
        $exported | Should -Be $defined
        $module.ExportedFunctions.Count | Should -Be 0
        $module.ExportedAliases.Count | Should -Be 0
    }

    It 'uses approved verbs only' {
        $approved = (Get-Verb).Verb
        foreach ($name in $module.ExportedCmdlets.Keys) {
            $approved | Should -Contain ($name -split '-')[0]
        }
    }

    It 'loads its format views' {
        $formats = Get-FormatData -TypeName 'Multicast.GlopRange'
        $formats | Should -Not -BeNullOrEmpty
    }

    It 'has help for every cmdlet when the help was compiled' {
        if (-not (Test-Path (Join-Path $module.ModuleBase 'en-US/Multicast.dll-Help.xml'))) {
            Set-ItResult -Skipped -Because 'the help was not compiled (./build.ps1 -Task Docs needs PlatyPS)'
            return
        }
        foreach ($name in $module.ExportedCmdlets.Keys) {
            $help = Get-Help $name -Full
            $help.Synopsis | Should -Not -BeNullOrEmpty
            $help.Synopsis | Should -Not -BeLike "*$name*[<]CommonParameters[>]*"
            @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        }
    }
}

Describe 'Packaging' -Tag 'Package' {
    BeforeAll {
        & (Join-Path $repo 'build.ps1') -Task Package | Out-Null
        $out = Join-Path $repo 'out'
        $version = (Import-PowerShellDataFile -Path $manifestPath).ModuleVersion
    }

    It 'makes a zip with the module folder at its root, for Azure Automation' {
        $zip = Join-Path $out 'Multicast.zip'
        Test-Path $zip | Should -BeTrue
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $archive = [System.IO.Compression.ZipFile]::OpenRead($zip)
        try {
            $names = $archive.Entries | ForEach-Object { $_.FullName -replace '\\', '/' }
        }
        finally {
            $archive.Dispose()
        }
        $names | Should -Contain 'Multicast/Multicast.psd1'
        $names | Should -Contain 'Multicast/Multicast.dll'
        $names | Should -Contain 'Multicast/Multicast.Core.dll'
        $names | Should -Contain 'Multicast/Multicast.Leases.dll'
        $names | Should -Contain 'Multicast/Multicast.Format.ps1xml'
    }

    It 'makes a nupkg in the PowerShellGet layout' {
        $nupkg = Join-Path $out "Multicast.$version.nupkg"
        Test-Path $nupkg | Should -BeTrue
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $archive = [System.IO.Compression.ZipFile]::OpenRead($nupkg)
        try {
            $names = $archive.Entries | ForEach-Object { $_.FullName }
            $reader = New-Object System.IO.StreamReader(($archive.Entries | Where-Object FullName -EQ 'Multicast.nuspec').Open())
            $nuspec = [xml] $reader.ReadToEnd()
            $reader.Dispose()
        }
        finally {
            $archive.Dispose()
        }
        $names | Should -Contain 'Multicast.psd1'
        $names | Should -Contain 'Multicast.dll'
        $nuspec.package.metadata.id | Should -Be 'Multicast'
        $nuspec.package.metadata.version | Should -Be $version
        $nuspec.package.metadata.tags -split ' ' | Should -Contain 'PSModule'
        $nuspec.package.metadata.tags -split ' ' | Should -Contain 'PSCmdlet_Get-GlopRange'
    }
}
