BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $commands = @(Get-Command -Module Multicast -CommandType Cmdlet)
    $cmdlets = @($commands | ForEach-Object { @{ Name = $_.Name } })
    # Verbs whose cmdlets only read or compute: -WhatIf would mean nothing on them.
    $readOnly = @($cmdlets | Where-Object { ($_.Name -split '-')[0] -in 'Get', 'Test', 'ConvertTo', 'ConvertFrom', 'Find', 'Resolve', 'Search' })
    $withParameter = { param($Name) @($commands | Where-Object { $_.Parameters.ContainsKey($Name) } | ForEach-Object { @{ Name = $_.Name } }) }
    $addressCmdlets = & $withParameter 'Address'
    $storeCmdlets = & $withParameter 'StorePath'
    $scopePrefixCmdlets = & $withParameter 'ScopePrefix'
    $scopeParameters = @(foreach ($command in $commands) {
            foreach ($parameter in $command.Parameters.Values) {
                if ($parameter.ParameterType -in [Multicast.PowerShell.ScopeInput], [Multicast.PowerShell.ScopeInput[]]) {
                    @{ Name = $command.Name; Parameter = $parameter.Name }
                }
            }
        })
    $outputTypes = @($commands.OutputType.Name | Where-Object { $_ -like 'Multicast.*' } | Sort-Object -Unique | ForEach-Object { @{ TypeName = $_ } })
}

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
        foreach ($key in 'FunctionsToExport', 'VariablesToExport', 'AliasesToExport') {
            $data.Keys | Should -Contain $key -Because "a manifest without $key exports everything of that kind"
            $data[$key].Count | Should -Be 0
        }
        $data.FormatsToProcess | Should -Contain 'Multicast.Format.ps1xml'
        $data.TypesToProcess | Should -Contain 'Multicast.Types.ps1xml'
        # Windows PowerShell 5.1 reads the type file before it loads the root module, and the type file's getters are in it.
        $data.RequiredAssemblies | Should -Contain 'Multicast.dll'
        $data.PrivateData.PSData.Tags | Should -Contain 'Multicast'
    }

    It 'has release notes that name every cmdlet it exports' {
        $notes = (Import-PowerShellDataFile -Path $manifestPath).PrivateData.PSData.ReleaseNotes
        foreach ($name in $module.ExportedCmdlets.Keys) {
            $notes | Should -Match ([regex]::Escape($name))
        }
    }

    It 'exports exactly the cmdlets its assembly defines' {
        $assembly = [Multicast.PowerShell.MulticastCmdlet].Assembly
        $defined = $assembly.GetTypes() |
            ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } |
            ForEach-Object { '{0}-{1}' -f $_.VerbName, $_.NounName } |
            Sort-Object
        $exported = $module.ExportedCmdlets.Keys | Sort-Object
        $exported | Should -Be $defined
        (Import-PowerShellDataFile -Path $manifestPath).CmdletsToExport | Sort-Object | Should -Be $defined -Because 'the manifest lists each cmdlet, not a wildcard'
        $module.ExportedFunctions.Count | Should -Be 0
        $module.ExportedAliases.Count | Should -Be 0
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

Describe 'Every cmdlet' {
    It '<Name> has an approved verb and a singular noun' -ForEach $cmdlets {
        $command = Get-Command $Name
        (Get-Verb).Verb | Should -Contain $command.Verb
        $command.Noun | Should -Not -Match '(?<!s)s$' -Because 'nouns are singular'
    }

    It '<Name> declares its output type, [bool] for a Test- cmdlet' -ForEach $cmdlets {
        $types = @((Get-Command $Name).OutputType.Name)
        $types | Should -Not -BeNullOrEmpty
        if ($Name -like 'Test-*') {
            $types | Should -Be 'System.Boolean'
        }
    }

    It '<Name> offers no -WhatIf: it changes nothing' -ForEach $readOnly {
        (Get-Command $Name).Parameters.Keys | Should -Not -Contain 'WhatIf'
    }

    # Repair-MulticastAddressStore acts on a whole store, named by -StorePath, which no cmdlet takes from the pipeline;
    # Start-MulticastAddressServer runs one server on a whole store, configured by its parameters, not fed items.
    It '<Name> takes pipeline input' -ForEach @($cmdlets | Where-Object Name -NotIn 'Repair-MulticastAddressStore', 'Start-MulticastAddressServer') {
        $fromPipeline = foreach ($parameter in (Get-Command $Name).Parameters.Values) {
            foreach ($set in $parameter.ParameterSets.Values) {
                if ($set.ValueFromPipeline -or $set.ValueFromPipelineByPropertyName) { $parameter.Name }
            }
        }
        $fromPipeline | Should -Not -BeNullOrEmpty
    }

    # One way in for an address: AddressInput items read by the address transformation, by value (so that an
    # IPv6 IPAddress never reaches the by-property-name step, whose IPAddress.Address getter throws) and by
    # property name.
    It '<Name> -Address takes AddressInput items through the address transformation, by value and by property name, alias IPAddress' -ForEach $addressCmdlets {
        $command = Get-Command $Name
        Assert-Parameter $command @{ Name = 'Address'; Type = 'Multicast.PowerShell.AddressInput[]'; Pipeline = 'ByValue, ByPropertyName'; Attributes = 'AddressTransformation' }
        $command.Parameters['Address'].Aliases | Should -Contain 'IPAddress'
    }

    It 'finds the -Scope parameters the next test checks' {
        $found = @((Get-Module Multicast).ExportedCmdlets.Values.Parameters.Values | Where-Object { $_.ParameterType -in [Multicast.PowerShell.ScopeInput], [Multicast.PowerShell.ScopeInput[]] })
        $found.Count | Should -BeGreaterOrEqual 5 -Because 'five cmdlets take a scope'
    }

    It '<Name> -<Parameter> reads scope names and numbers, and completes them' -ForEach $scopeParameters {
        Assert-Parameter (Get-Command $Name) @{ Name = $Parameter; Attributes = 'ScopeTransformation', 'ArgumentCompleter' }
    }

    It '<Name> -ScopePrefix completes the RFC 2365 scopes' -ForEach $scopePrefixCmdlets {
        Assert-Parameter (Get-Command $Name) @{ Name = 'ScopePrefix'; Attributes = 'ArgumentCompleter' }
    }

    It '<Name> -StorePath is an optional string, never from the pipeline' -ForEach $storeCmdlets {
        Assert-Parameter (Get-Command $Name) @{ Name = 'StorePath'; Type = 'string'; Sets = '(All)'; Mandatory = $false; Pipeline = 'No' }
    }
}

Describe 'Format views' {
    It '<TypeName> shows a table of 3 to 5 columns by default' -ForEach $outputTypes {
        $view = @((Get-FormatData -TypeName $TypeName).FormatViewDefinition)[0]
        $view.Control | Should -BeOfType ([System.Management.Automation.TableControl])
        $view.Control.Headers.Count | Should -BeIn (3..5)
        foreach ($row in $view.Control.Rows) {
            $row.Columns.Count | Should -Be $view.Control.Headers.Count -Because 'every header has its item'
        }
    }

    It '<TypeName> heads each column with the name of the property it shows, so that a shown column can be filtered on' -ForEach $outputTypes {
        $view = @((Get-FormatData -TypeName $TypeName).FormatViewDefinition)[0]
        $type = $TypeName -as [type]
        for ($i = 0; $i -lt $view.Control.Headers.Count; $i++) {
            $entry = $view.Control.Rows[0].Columns[$i].DisplayEntry
            $entry.ValueType | Should -Be 'Property' -Because "column $i of $TypeName should show a property, not a script"
            $view.Control.Headers[$i].Label | Should -BeIn @($entry.Value, '') -Because "column $i of $TypeName should be headed by its property's name"
            $type.GetProperty($entry.Value) | Should -Not -BeNullOrEmpty -Because "$TypeName should have a property $($entry.Value)"
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
        $names | Should -Contain 'Multicast/Multicast.Types.ps1xml'
    }

    It 'makes a nupkg with PSResourceGet, holding the whole module folder' {
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
        $moduleFiles = Get-ChildItem -Path $module.ModuleBase -Recurse -File | ForEach-Object { $_.FullName.Substring($module.ModuleBase.Length + 1) -replace '\\', '/' }
        foreach ($file in $moduleFiles) {
            $names | Should -Contain $file
        }
        $nuspec.package.metadata.id | Should -Be 'Multicast'
        $nuspec.package.metadata.version | Should -Be $version
        $nuspec.package.metadata.tags -split ' ' | Should -Contain 'PSModule'
    }
}
