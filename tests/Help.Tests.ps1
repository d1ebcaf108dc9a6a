# Get-Help as a user sees it: every cmdlet's compiled help is complete, and agrees with the cmdlet as
# PowerShell binds it (Get-Command). The build compiles docs/en-US with tools/Multicast.HelpCompiler, so this
# holds on every machine, with or without PlatyPS.
BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $cmdlets = @((Get-Module Multicast).ExportedCmdlets.Keys | Sort-Object | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    # The type name PlatyPS pages give: no namespace, Nullable unwrapped, [] kept.
    function Get-HelpTypeName {
        param([type] $Type)
        $element = if ($Type.IsArray) { $Type.GetElementType() } else { $Type }
        $underlying = [Nullable]::GetUnderlyingType($element)
        if ($underlying) { $element = $underlying }
        $element.Name + $(if ($Type.IsArray) { '[]' } else { '' })
    }

    # One value when every parameter set agrees, else $null (the page then cannot give one).
    function Get-AgreedValue {
        param([object[]] $Values)
        $distinct = @($Values | Select-Object -Unique)
        if ($distinct.Count -eq 1) { $distinct[0] } else { $null }
    }
}

Describe 'Get-Help <Name> -Full' -ForEach $cmdlets {
    BeforeAll {
        $help = Get-Help $Name -Full
        $command = Get-Command $Name
        # The pages document -WhatIf and -Confirm too, as PlatyPS does; the other common parameters go under CommonParameters.
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + 'UseTransaction'
        $own = @($command.Parameters.Keys | Where-Object { $_ -notin $common } | Sort-Object)
    }

    It 'has a written synopsis and description' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "$Name *" -Because 'a synopsis that repeats the syntax was never written'
        ($help.description.Text -join ' ') | Should -Not -BeNullOrEmpty
    }

    It 'has at least two examples, each with code' {
        @($help.examples.example).Count | Should -BeGreaterOrEqual 2
        foreach ($example in $help.examples.example) {
            $example.code | Should -Not -BeNullOrEmpty -Because "$($example.title) shows a command"
        }
    }

    It 'documents every parameter, and no other' {
        @($help.parameters.parameter.name | Sort-Object) | Should -Be $own
    }

    It 'gives each parameter its type, aliases, required, position and pipeline input as PowerShell binds it' {
        foreach ($parameter in $help.parameters.parameter) {
            $bound = $command.Parameters[$parameter.name]
            $sets = @($bound.ParameterSets.Values)
            $because = "Get-Help $Name -Parameter $($parameter.name) must match Get-Command"

            $parameter.type.name | Should -Be (Get-HelpTypeName $bound.ParameterType) -Because $because
            $aliases = if ($parameter.aliases -eq 'none') { @() } else { @($parameter.aliases -split ',\s*' | Sort-Object) }
            $aliases | Should -Be @($bound.Aliases | Sort-Object) -Because $because

            $required = Get-AgreedValue @($sets | ForEach-Object { $_.IsMandatory })
            if ($null -ne $required) { $parameter.required | Should -Be "$required".ToLowerInvariant() -Because $because }
            $position = Get-AgreedValue @($sets | ForEach-Object { if ($_.Position -eq [int]::MinValue) { 'named' } else { "$($_.Position)" } })
            if ($null -ne $position) { $parameter.position | Should -Be $position -Because $because }

            $byValue = @($sets | Where-Object ValueFromPipeline).Count -gt 0
            $byName = @($sets | Where-Object ValueFromPipelineByPropertyName).Count -gt 0
            $parameter.pipelineInput -like 'True*' | Should -Be ($byValue -or $byName) -Because $because
            $parameter.pipelineInput -like '*ByValue*' | Should -Be $byValue -Because $because
            $parameter.pipelineInput -like '*ByPropertyName*' | Should -Be $byName -Because $because
        }
    }

    It 'shows one syntax per parameter set, with that set''s parameters' {
        $expected = @($command.ParameterSets | ForEach-Object {
                @($_.Parameters.Name | Where-Object { $_ -in $own } | Sort-Object) -join ' '
            } | Sort-Object)
        $shown = @($help.syntax.syntaxItem | ForEach-Object { @($_.parameter.name | Sort-Object) -join ' ' } | Sort-Object)
        $shown | Should -Be $expected
    }

    It 'names every output type' {
        $outputs = @($help.returnValues.returnValue.type.name)
        foreach ($type in $command.OutputType) {
            $outputs | Should -Contain $type.Name
        }
    }
}

Describe 'About topics' -ForEach @(@{ Topic = 'about_Multicast' }, @{ Topic = 'about_Multicast_Madcap' }, @{ Topic = 'about_Multicast_Scopes' }) {
    It '<Topic> reads as text: no markdown table, fence or emphasis left raw' {
        $text = Get-Help $Topic | Out-String
        $text | Should -Match ('TOPIC\s+' + $Topic)
        $text | Should -Not -Match '(?m)^\s*\|.*\|\s*$'
        $text | Should -Not -Match '```'
        $text | Should -Not -Match '\*\*'
    }
}
