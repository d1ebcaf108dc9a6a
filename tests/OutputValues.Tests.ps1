# Results that survive a runbook. Every output type's .NET properties are text (canonical addresses and prefixes,
# enum names), so ConvertTo-Json, Export-Csv and Export-Clixml write what an admin reads, and the text pipes back
# into the module's cmdlets. In PowerShell the same properties are typed (Multicast.Types.ps1xml), so addresses and
# prefixes sort and compare as numbers, IPv4 before IPv6.
BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    # A job (Start-MulticastAddressServer -AsJob) is a handle on work, as PowerShell's own jobs are, not a result.
    $outputTypeNames = @((Get-Command -Module Multicast -CommandType Cmdlet).OutputType.Type |
            Where-Object { $_.FullName -like 'Multicast.*' -and -not [System.Management.Automation.Job].IsAssignableFrom($_) } |
            ForEach-Object FullName | Sort-Object -Unique)
    # IanaRegistry.Blocks is no cmdlet's output, but its rows are the module's too; so are the objects a session
    # holds (its groups, origin, times and warnings), which a user reaches and ConvertTo-Json writes.
    $nestedTypeNames = 'Multicast.Sap.SapSessionGroup', 'Multicast.Sdp.SdpOrigin', 'Multicast.Sdp.SdpTimeDescription', 'Multicast.Sdp.SdpWarning'
    $types = @($outputTypeNames + 'Multicast.MulticastAddressBlock' + $nestedTypeNames | ForEach-Object { @{ TypeName = $_ } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $scratch = Join-Path $TestDrive 'output-values'
    New-Item -ItemType Directory -Path $scratch | Out-Null

    # A store with three pools (one IPv6, one with exclusions, one without flooded MACs) and five leases.
    function New-SampleStore {
        $path = Join-Path $scratch ([guid]::NewGuid().ToString() + '.json')
        New-MulticastAddressPool -Name video -Prefix 239.192.0.0/16 -Exclude 239.192.0.0/24, 239.192.1.0/24 -DefaultDuration 08:00:00 -StorePath $path | Out-Null
        New-MulticastAddressPool -Name glop -Prefix 233.22.30.0/24 -ExcludeFloodedMac -StorePath $path | Out-Null
        New-MulticastAddressPool -Name v6 -Prefix ff3e:30:2001:db8::/96 -StorePath $path | Out-Null
        Request-MulticastAddress -Pool video -Owner app1 -Address 239.192.100.1, 239.192.9.1, 239.192.10.1 -StorePath $path | Out-Null
        Request-MulticastAddress -Pool v6 -Owner app2 -Address ff3e:30:2001:db8::8000:2, ff3e:30:2001:db8::8000:10 -StorePath $path | Out-Null
        $path
    }
    $store = New-SampleStore

    # Held groups come only from a damaged journal record: another process leases a group, a bit of its record flips.
    $damaged = Join-Path $scratch 'damaged.json'
    Invoke-ChildPowerShell "New-MulticastAddressPool -Name video -Prefix 239.192.0.0/16 -StorePath '$damaged' | Out-Null; Request-MulticastAddress -Pool video -Owner app1 -Address 239.192.12.127 -StorePath '$damaged' | Out-Null"
    $journal = [IO.File]::ReadAllBytes("$damaged.journal")
    $journal[-1] = $journal[-1] -bxor 1
    [IO.File]::WriteAllBytes("$damaged.journal", $journal)

    # A MADCAP server on loopback, as a job: its scopes (one IPv4, one IPv6) and, once stopped, its statistics.
    $server = Start-MulticastAddressServer -StorePath $store -ListenAddress 127.0.0.1, ::1 -Port 0 -AsJob
    $madcapScopes = @(Get-MulticastAddressScope -Server $server.EndPoints[0]; Get-MulticastAddressScope -Server $server.EndPoints[1])
    $server | Stop-Job
    $madcapStatistics = @($server | Receive-Job)
    $server | Remove-Job -Force

    # Sessions from the committed capture: IPv4 and IPv6, one with r= repeats, one with warnings, one changed.
    $sessions = @(Get-MulticastSession -Path (Join-Path $PSScriptRoot 'Data/sap-sessions.pcapng') -WarningAction SilentlyContinue)

    # Packets an announcer sent, to a listening socket on the loopback: no cmdlet sends anywhere but to a SAP group.
    function Get-LoopbackTransmission {
        param([string] $Loopback, [string] $Sdp)
        $listening = [Multicast.Networking.UdpDatagramTransport]::new([System.Net.IPEndPoint]::new([ipaddress]::Parse($Loopback), 0))
        $announcing = [Multicast.Networking.UdpDatagramTransport]::new([System.Net.IPEndPoint]::new([ipaddress]::Parse($Loopback), 0))
        try {
            $announcement = [Multicast.Sap.SapAnnouncement]::Create([Multicast.Sdp.SessionDescription]::Parse($Sdp), [Multicast.AddressParser]::Parse($Loopback), $false, $null, $null)
            # One announcement and the deletion right after it.
            @([Multicast.Sap.SapAnnouncer]::new($announcing).Announce($announcement, $listening.LocalEndPoint, 1, [Threading.CancellationToken]::None))
        }
        finally {
            $announcing.Dispose()
            $listening.Dispose()
        }
    }

    # Two or more results of each type, IPv4 and IPv6 where the type has both.
    $Samples = @{
        'Multicast.GlopRange'                       = @(Get-GlopRange -AsNumber 5662, 2560, 2304)
        'Multicast.EmbeddedRpAddress'               = @(New-EmbeddedRpAddress 2001:db8:beef:feed::7 -GroupId 0x80000001; New-EmbeddedRpAddress 2001:db8:cafe::3 -PrefixLength 48 -Scope SiteLocal)
        'Multicast.UnicastPrefixMulticastAddress'   = @('2001:db8::/32', '192.0.2.0/24' | New-UnicastPrefixMulticastAddress; New-UnicastPrefixMulticastAddress -SourceSpecific -GroupId 0x80000001)
        'Multicast.LinkScopedMulticastAddress'      = @(New-LinkScopedMulticastAddress fe80::a12:34ff:fe56:7890 -GroupId 0x80000001; New-LinkScopedMulticastAddress -InterfaceId 0x0a1234fffe567891 -Scope InterfaceLocal)
        'Multicast.MulticastAddressInfo'            = @('239.192.0.10', '233.22.30.7', '232.1.1.1', '234.192.0.2', 'ff7e:740:2001:db8:beef:feed:8000:1', 'ff32:ff:a12:34ff:fe56:7890:8000:1', 'ff3e::8000:1', '192.0.2.1' | Get-MulticastAddressInfo)
        'Multicast.MulticastMacMapping'             = @(ConvertTo-MulticastMacAddress 239.1.1.1 -IncludeAliases | Select-Object -First 3; ConvertTo-MulticastMacAddress ff02::fb)
        'Multicast.ScopeRelativeAddress'            = @(Get-ScopeRelativeAddress -Offset 2 -ScopePrefix 239.192.0.0/14; Get-ScopeRelativeAddress -Name NTP -Scope SiteLocal)
        'Multicast.MulticastAssignment'             = @(Find-MulticastAssignment NTP; Find-MulticastAssignment -Address 239.255.255.253, 224.252.1.1)
        'Multicast.MulticastAddressBlock'           = @([Multicast.IanaRegistry]::Blocks | Select-Object -First 3)
        'Multicast.Leases.MulticastAddressPool'     = @(Get-MulticastAddressPool -StorePath $store)
        'Multicast.Leases.MulticastAddressLease'    = @(Get-MulticastAddressLease -StorePath $store)
        'Multicast.Leases.Storage.HeldGroup'        = @(Repair-MulticastAddressStore -StorePath $damaged -Release -Confirm:$false)
        'Multicast.Madcap.MadcapServerScope'        = $madcapScopes
        'Multicast.Leases.Madcap.MadcapServerStatistics' = $madcapStatistics
        'Multicast.Sap.MulticastSession'            = $sessions
        'Multicast.Sap.SapSessionGroup'             = @($sessions | ForEach-Object Groups)
        'Multicast.Sdp.SdpOrigin'                   = @($sessions | ForEach-Object Origin)
        'Multicast.Sdp.SdpTimeDescription'          = @($sessions | ForEach-Object Times)
        'Multicast.Sdp.SdpWarning'                  = @($sessions | ForEach-Object Warnings)
        'Multicast.Sap.SapTransmission'             = @(
            Get-LoopbackTransmission 127.0.0.1 "v=0`r`no=- 1 1 IN IP4 127.0.0.1`r`ns=Four`r`nt=0 0`r`nm=video 5004 RTP/AVP 96 97`r`nc=IN IP4 239.255.10.1/127/2`r`n"
            Get-LoopbackTransmission ::1 "v=0`r`no=- 2 1 IN IP6 ::1`r`ns=Six`r`nt=0 0`r`nm=audio 5006 RTP/AVP 0`r`nc=IN IP6 ff15::8000:1`r`n")
    }

    # The properties that are objects by design, each all text and numbers itself: a scope-relative address's
    # registry row, and a session's origin and its lists of groups, times and warnings.
    $nested = @('Assignment', 'Origin', 'Groups', 'Times', 'Warnings')

    # A value as text, as the module writes it: the canonical address or prefix (ToString), an enum's name, a
    # duration as d.hh:mm:ss, a list as its items. Numbers, booleans and times stay as they are.
    function ConvertTo-CanonicalText {
        param([AllowNull()] $Value)
        if ($null -eq $Value) { return $null }
        if ($Value -is [Enum]) { return $Value.ToString() }
        if ($Value -is [timespan]) { return $Value.ToString('c') }
        if ($Value -is [string] -or $Value -is [bool] -or $Value -is [datetime] -or $Value.GetType().IsPrimitive) { return $Value }
        if ($Value -is [Collections.IEnumerable]) { return , @($Value | ForEach-Object { "$_" }) }
        "$Value"
    }

    # A JSON object read back (PSCustomObject), as against a value. Not -is [pscustomobject]: that accelerator is
    # [psobject], which every value piped through Where-Object is wrapped in.
    function Test-Structure {
        param([AllowNull()] $Value)
        $null -ne $Value -and $Value.PSObject.BaseObject -is [System.Management.Automation.PSCustomObject]
    }

    # A result read back from JSON: the .NET properties and no others, each the typed value's canonical text; an
    # object by design ($nested) is an object (or a list of them) holding only values, compared the same way.
    function Assert-JsonResult {
        param($Read, $Item, [switch] $ListsAsText)
        @($Read.PSObject.Properties.Name) | Should -Be (Get-DotNetPropertyName $Item) -Because 'JSON has the .NET properties and no others'
        foreach ($property in $Item.PSObject.Properties) {
            $name = $property.Name
            $actual = $Read.$name
            if ($name -eq 'Assignment') {
                $actual.Range | Should -Be $property.Value.Range
                $actual.Kind | Should -Be "$($property.Value.Kind)"
                $actual.PSObject.Properties.Value | Where-Object { Test-Structure $_ } | Should -BeNullOrEmpty
                continue
            }
            if ($name -in $nested) {
                $parts = @($property.Value)
                $readParts = @($actual)
                $readParts.Count | Should -Be $parts.Count -Because "$name is written whole"
                for ($i = 0; $i -lt $parts.Count; $i++) {
                    if ($ListsAsText -and $property.Value -is [Collections.IEnumerable]) {
                        $readParts[$i] | Should -BeOfType [string] -Because "$name's items are past the depth, so written as their text"
                        $readParts[$i] | Should -Be $parts[$i].ToString()
                        continue
                    }
                    Test-Structure $readParts[$i] | Should -BeTrue -Because "$name is written as objects"
                    Assert-JsonResult -Read $readParts[$i] -Item $parts[$i]
                }
                continue
            }
            $expected = ConvertTo-CanonicalText $property.Value
            $actual | Where-Object { Test-Structure $_ } | Should -BeNullOrEmpty -Because "$name is a value, not a structure"
            if ($expected -is [datetime]) {
                ([datetime] $actual).ToUniversalTime() | Should -Be $expected.ToUniversalTime()
            }
            elseif ($expected -is [array]) {
                # Joined, so that an empty list compares too.
                (@($actual) -join ', ') | Should -Be ($expected -join ', ') -Because "$name is a list of texts"
                @($actual) | Where-Object { $_ -isnot [string] } | Should -BeNullOrEmpty -Because "$name is a list of texts"
            }
            else {
                $actual | Should -Be $expected -Because "$name is written as '$expected'"
            }
        }
    }

    # The .NET public properties of a result, in declaration order.
    function Get-DotNetPropertyName {
        param($Item)
        @($Item.PSObject.BaseObject.GetType().GetProperties() | ForEach-Object Name)
    }
}

Describe 'Output values: <TypeName>' -ForEach $types {
    BeforeAll {
        $items = $Samples[$TypeName]
    }

    It 'has samples in this spec' {
        $items | Should -Not -BeNullOrEmpty -Because "every output type is checked here; add samples of $TypeName"
        $items | ForEach-Object { $_.GetType().FullName | Should -Be $TypeName }
    }

    It 'has .NET properties a serializer can write: text, numbers, booleans and times' {
        $allowed = [string], [string[]], [bool], [int], [uint16], [uint32], [long], [uint64], [double], [datetime]
        foreach ($property in $items[0].PSObject.BaseObject.GetType().GetProperties()) {
            if ($property.Name -in $nested) { continue }
            $type = $property.PropertyType
            $underlying = [Nullable]::GetUnderlyingType($type)
            if ($underlying) { $type = $underlying }
            $type | Should -BeIn $allowed -Because "$TypeName.$($property.Name) is written by ConvertTo-Json as it is"
        }
    }

    It 'shows addresses, prefixes and enums typed in PowerShell, under the same names' {
        foreach ($item in $items) {
            foreach ($property in $item.PSObject.Properties) {
                $value = $property.Value
                if ($null -eq $value -or $property.Name -in $nested) { continue }
                $dotNet = $item.PSObject.BaseObject.GetType().GetProperty($property.Name).GetValue($item.PSObject.BaseObject)
                $text = ConvertTo-CanonicalText $value
                if ($value -is [Collections.IEnumerable] -and $value -isnot [string]) {
                    # Joined, so that an empty list compares too.
                    ($dotNet -join ', ') | Should -Be (@($text) -join ', ') -Because "$TypeName.$($property.Name)'s items are the typed items' text"
                }
                else {
                    $dotNet | Should -Be $text -Because "$TypeName.$($property.Name) in .NET is the typed value's text"
                }
            }
        }
    }

    It 'lists every property in Format-List, in the order the class declares them' {
        $set = (Get-TypeData -TypeName $TypeName).DefaultDisplayPropertySet.ReferencedProperties
        @($set) | Should -Be (Get-DotNetPropertyName $items[0]) -Because 'Multicast.Types.ps1xml names every property of the type'
    }

    It 'writes JSON at the default depth with canonical text and enum names, no nested structure' {
        $whole = $null
        $listJson = $items | ConvertTo-Json -WarningVariable whole -WarningAction SilentlyContinue
        $lists = @($items[0].PSObject.Properties | Where-Object { $_.Name -in $nested -and $_.Value -is [Collections.IEnumerable] })
        if ($lists.Count -eq 0) {
            $whole | Should -BeNullOrEmpty -Because 'a list of results, as a pipeline gives it, is written whole at the default depth too'
        }
        else {
            # ConvertTo-Json counts a list of results as a level, so a session's groups, one level further, are written
            # as their text at the default depth (never a type name or a struct's fields), and whole with -Depth 3.
            $readList = @($listJson | ConvertFrom-Json)
            for ($i = 0; $i -lt $items.Count; $i++) { Assert-JsonResult -Read $readList[$i] -Item $items[$i] -ListsAsText }
            $deeper = $null
            $readList = @($items | ConvertTo-Json -Depth 3 -WarningVariable deeper -WarningAction SilentlyContinue | ConvertFrom-Json)
            $deeper | Should -BeNullOrEmpty -Because 'a list of results is written whole at -Depth 3'
            for ($i = 0; $i -lt $items.Count; $i++) { Assert-JsonResult -Read $readList[$i] -Item $items[$i] }
        }
        foreach ($item in $items) {
            $truncated = $null
            $json = $item | ConvertTo-Json -WarningVariable truncated -WarningAction SilentlyContinue
            $truncated | Should -BeNullOrEmpty -Because 'nothing of a result is deeper than the default depth'
            $read = $json | ConvertFrom-Json
            Assert-JsonResult -Read $read -Item $item
        }
    }

    It 'writes CSV with canonical text, lists joined with ", "' {
        $path = Join-Path $scratch "$TypeName.csv"
        $items | Export-Csv -Path $path -NoTypeInformation
        Get-Content -Path $path -Raw | Should -Not -Match '"(System|Multicast)\.[\w.\[\]`]+"' -Because 'no cell is a type name'
        $rows = @(Import-Csv -Path $path)
        $rows.Count | Should -Be $items.Count
        for ($i = 0; $i -lt $items.Count; $i++) {
            foreach ($property in $items[$i].PSObject.Properties) {
                if ($property.Name -in $nested) {
                    # An object by design is written as its text: a list joins its items' text.
                    $cell = $rows[$i].($property.Name)
                    if ($null -eq $property.Value) { $cell | Should -BeNullOrEmpty } else { $cell | Should -Be $property.Value.ToString() }
                    continue
                }
                $expected = ConvertTo-CanonicalText $property.Value
                $cell = $rows[$i].($property.Name)
                if ($null -eq $expected) { $cell | Should -BeNullOrEmpty; continue }
                if ($expected -is [datetime]) { continue }
                # Warnings are sentences with commas of their own, so they are joined with "; ".
                if ($expected -is [array]) { $expected = $expected -join $(if ($property.Name -eq 'Warning') { '; ' } else { ', ' }) }
                $cell | Should -Be "$expected" -Because "$($property.Name) is written as its text"
            }
        }
    }

    It 'comes back from Export-Clixml showing the same text (jobs and remoting serialize this way)' {
        $path = Join-Path $scratch "$TypeName.xml"
        $items | Export-Clixml -Path $path
        $back = @(Import-Clixml -Path $path)
        ($back | Format-List | Out-String -Width 300) | Should -Be ($items | Format-List | Out-String -Width 300)
        ($back | Format-Table | Out-String -Width 300) | Should -Be ($items | Format-Table | Out-String -Width 300)
        for ($i = 0; $i -lt $items.Count; $i++) {
            foreach ($property in $items[$i].PSObject.Properties) {
                $value = $property.Value
                if ($value -is [Multicast.IPAddressValue] -or $value -is [Multicast.IPPrefix] -or ($value -is [Enum] -and $value.GetType().Namespace -like 'Multicast*')) {
                    $back[$i].($property.Name) | Should -BeOfType [string]
                    $back[$i].($property.Name) | Should -Be "$value"
                }
            }
        }
    }
}

Describe 'Output values from a job' {
    It 'a background job gives the results back with their addresses and enums as text' {
        # Start-Job serializes its output as Export-Clixml does; the job imports the module under test itself.
        $job = Start-Job -ScriptBlock {
            Import-Module $using:env:MULTICAST_MODULE_PATH
            Get-MulticastAddressInfo 239.192.100.1, 239.192.9.1, ff05::1
        }
        $back = @($job | Wait-Job -Timeout 120 | Receive-Job)
        $job | Remove-Job -Force
        @($back | ForEach-Object Address) | Should -Be '239.192.100.1', '239.192.9.1', 'ff05::1'
        @($back | ForEach-Object Scope) | Should -Be 'OrganizationLocal', 'OrganizationLocal', 'SiteLocal'
        $back[0].Address | Should -BeOfType [string]
        (@($back[2].Warning) -join '; ') | Should -Be (Get-MulticastAddressInfo ff05::1).Warning.ToString()
    }
}

Describe 'Output values read back into the module' {
    It '<Name> results read back from <Format> make the same results' -ForEach @(
        foreach ($format in 'JSON', 'CSV') {
            @{ Format = $format; Name = 'GLOP range'; Type = 'Multicast.GlopRange'; Command = { $input | Get-GlopRange } }
            @{ Format = $format; Name = 'GLOP range'; Type = 'Multicast.GlopRange'; Command = { $input | Get-MulticastAddressInfo | ForEach-Object GlopAsNumber } }
            @{ Format = $format; Name = 'embedded-RP'; Type = 'Multicast.EmbeddedRpAddress'; Command = { $input | New-EmbeddedRpAddress } }
            @{ Format = $format; Name = 'embedded-RP'; Type = 'Multicast.EmbeddedRpAddress'; Command = { $input | Get-MulticastAddressInfo | ForEach-Object RendezvousPoint } }
            @{ Format = $format; Name = 'unicast-prefix-based'; Type = 'Multicast.UnicastPrefixMulticastAddress'; Command = { $input | Where-Object { [int] $_.PrefixLength -gt 0 } | New-UnicastPrefixMulticastAddress } }
            @{ Format = $format; Name = 'link-scoped'; Type = 'Multicast.LinkScopedMulticastAddress'; Command = { $input | New-LinkScopedMulticastAddress } }
            @{ Format = $format; Name = 'Get-MulticastAddressInfo'; Type = 'Multicast.MulticastAddressInfo'; Command = { $input | Test-MulticastScope -Scope OrganizationLocal -Within } }
            @{ Format = $format; Name = 'Get-MulticastAddressInfo'; Type = 'Multicast.MulticastAddressInfo'; Command = { $input | Get-MulticastAddressInfo | ForEach-Object Mechanism } }
            @{ Format = $format; Name = 'MAC mapping'; Type = 'Multicast.MulticastMacMapping'; Command = { $input | ConvertTo-MulticastMacAddress | ForEach-Object MacAddress } }
            @{ Format = $format; Name = 'scope-relative'; Type = 'Multicast.ScopeRelativeAddress'; Command = { $input | Where-Object Offset | Get-ScopeRelativeAddress -ScopePrefix 239.192.0.0/14 | ForEach-Object Name } }
            @{ Format = $format; Name = 'IANA assignment'; Type = 'Multicast.MulticastAssignment'; Command = { $input | Where-Object Name -Match 'NTP' | Find-MulticastAssignment | ForEach-Object Range } }
            @{ Format = $format; Name = 'held group'; Type = 'Multicast.Leases.Storage.HeldGroup'; Command = { $input | Get-MulticastAddressInfo | ForEach-Object MacAddress } }
            @{ Format = $format; Name = 'SAP session group'; Type = 'Multicast.Sap.SapSessionGroup'; Command = { $input | Get-MulticastAddressInfo | ForEach-Object ScopeName } }
            @{ Format = $format; Name = 'SAP session group'; Type = 'Multicast.Sap.SapSessionGroup'; Command = { $input | Test-MulticastScope -Scope OrganizationLocal -Within } }
            # A CSV cell holds a session's groups as their text; JSON holds them as objects, which bind.
            if ($format -eq 'JSON') {
                @{ Format = $format; Name = 'Get-MulticastSession'; Type = 'Multicast.Sap.MulticastSession'; Depth = 3; Command = { $input | ForEach-Object Groups | Get-MulticastAddressInfo | ForEach-Object MacAddress } }
                @{ Format = $format; Name = 'Publish-MulticastSession'; Type = 'Multicast.Sap.SapTransmission'; Depth = 3; Command = { $input | ForEach-Object Groups | Test-MulticastScope -Scope SiteLocal } }
            }
        }
    ) {
        $items = $Samples[$Type]
        # A list of sessions needs one level more than the default for its groups to be objects (see above).
        $depth = if ($Depth) { $Depth } else { 2 }
        $read = if ($Format -eq 'JSON') { $items | ConvertTo-Json -Depth $depth | ConvertFrom-Json } else { $items | ConvertTo-Csv | ConvertFrom-Csv }
        $expected = @($items | & $Command | ForEach-Object { "$_" })
        $expected | Should -Not -BeNullOrEmpty
        @($read | & $Command | ForEach-Object { "$_" }) | Should -Be $expected
    }

    Context 'leases and pools' {
        BeforeEach {
            $copy = New-SampleStore
            $leases = @(Get-MulticastAddressLease -StorePath $copy)
        }

        It 'leases read back from JSON renew with Update-MulticastAddressLease' {
            $json = $leases | ConvertTo-Json
            $renewed = @($json | ConvertFrom-Json | Update-MulticastAddressLease -Duration 2.00:00:00 -StorePath $copy)
            [string[]] $renewed | Should -Be ([string[]] $leases)
            $renewed | ForEach-Object { $_.End | Should -BeGreaterThan (Get-Date).AddDays(1.9) }
        }

        It 'leases read back from CSV release with Remove-MulticastAddressLease' {
            $path = Join-Path $scratch 'leases.csv'
            $leases | Export-Csv -Path $path -NoTypeInformation
            Import-Csv -Path $path | Remove-MulticastAddressLease -StorePath $copy
            Get-MulticastAddressLease -StorePath $copy | Should -BeNullOrEmpty
        }

        It 'pools read back from <Format> make the same pools in another store' -ForEach @(
            @{ Format = 'JSON'; Read = { param($Pools) $Pools | ConvertTo-Json | ConvertFrom-Json } }
            @{ Format = 'CSV'; Read = { param($Pools) $path = Join-Path $scratch 'pools.csv'; $Pools | Export-Csv -Path $path -NoTypeInformation; Import-Csv -Path $path } }
        ) {
            $pools = @(Get-MulticastAddressPool -StorePath $copy)
            $other = Join-Path $scratch ([guid]::NewGuid().ToString() + '.json')
            $made = @(& $Read $pools | New-MulticastAddressPool -StorePath $other)
            $made.Count | Should -Be $pools.Count
            for ($i = 0; $i -lt $pools.Count; $i++) {
                foreach ($name in 'Name', 'Prefix', 'Kind', 'DefaultDuration', 'ExcludeFloodedMac', 'Capacity') {
                    $made[$i].$name | Should -Be $pools[$i].$name -Because "the pool's $name comes back"
                }
                "$($made[$i].Exclusions)" | Should -Be "$($pools[$i].Exclusions)"
            }
        }
    }
}

Describe 'Output values sort and compare as addresses' {
    BeforeAll {
        $infos = @('239.10.0.1', 'ff02::1', '239.100.0.1', '10.0.0.1', '239.9.0.1', 'ff02::fb', '224.0.0.1' | Get-MulticastAddressInfo)
        $numeric = '10.0.0.1', '224.0.0.1', '239.9.0.1', '239.10.0.1', '239.100.0.1', 'ff02::1', 'ff02::fb'
    }

    It 'Sort-Object Address sorts numerically, IPv4 before IPv6' {
        [string[]] ($infos | Sort-Object Address) | Should -Be $numeric
        [string[]] ($infos | Sort-Object Address -Descending) | Should -Be ($numeric[($numeric.Count - 1)..0])
        [string[]] ($infos | Select-Object Address | Sort-Object Address | ForEach-Object Address) | Should -Be $numeric
    }

    It 'sorts leases by group, and pools and GLOP ranges by prefix' {
        [string[]] (Get-MulticastAddressLease -StorePath $store | Sort-Object Address -Descending) |
            Should -Be 'ff3e:30:2001:db8::8000:10', 'ff3e:30:2001:db8::8000:2', '239.192.100.1', '239.192.10.1', '239.192.9.1'
        [string[]] (Get-GlopRange -AsNumber 5662, 2560, 2304 | Sort-Object Prefix) | Should -Be '233.9.0.0/24', '233.10.0.0/24', '233.22.30.0/24'
        (Get-MulticastAddressPool -StorePath $store | Sort-Object Prefix).Name | Should -Be 'glop', 'video', 'v6'
    }

    It '-lt, -gt, -eq and -ne compare addresses with addresses and with text' {
        $a = Get-MulticastAddressInfo 239.9.0.1
        $b = Get-MulticastAddressInfo 239.10.0.1
        $a.Address -lt $b.Address | Should -BeTrue
        $b.Address -gt $a.Address | Should -BeTrue
        $a.Address -eq $b.Address | Should -BeFalse
        $a.Address -eq (Get-MulticastAddressInfo 239.9.0.1).Address | Should -BeTrue
        $a.Address -eq '239.9.0.1' | Should -BeTrue
        $a.Address -ne '239.9.0.2' | Should -BeTrue
        $b.Address -lt '239.128.0.0' | Should -BeTrue
        $b.Address -gt '239.9.255.255' | Should -BeTrue
        (Get-MulticastAddressInfo ff02::1).Address -gt '239.255.255.255' | Should -BeTrue -Because 'IPv6 sorts after IPv4'
        (Get-GlopRange 2304).Prefix -lt (Get-GlopRange 2560).Prefix | Should -BeTrue
        (Get-GlopRange 2304).Prefix -eq '233.9.0.0/24' | Should -BeTrue
        @(Get-MulticastAddressLease -StorePath $store | Where-Object Address -lt '239.192.50.0').Count | Should -Be 2
    }

    It 'compares enums, durations and lists by their values' {
        $pool = Get-MulticastAddressPool video -StorePath $store
        $pool.Kind -eq 'AdminScope' | Should -BeTrue
        $pool.DefaultDuration -eq '08:00:00' | Should -BeTrue
        $pool.DefaultDuration.TotalHours | Should -Be 8
        $pool.Exclusions -contains '239.192.1.0/24' | Should -BeTrue
        # Export-Csv writes a property with ToString; string expansion joins any list with $OFS instead.
        $pool.Exclusions.ToString() | Should -Be '239.192.0.0/24, 239.192.1.0/24'
        (Get-MulticastAddressLease -StorePath $store)[0].State -eq 'Active' | Should -BeTrue
        (Get-MulticastAddressInfo 239.192.0.1).Scope -eq [Multicast.MulticastScope]::OrganizationLocal | Should -BeTrue
        (Get-MulticastAddressInfo ff02::1).AddressFamily | Should -Be ([System.Net.Sockets.AddressFamily]::InterNetworkV6)
    }

    It 'Group-Object groups by value' {
        $groups = $infos | Group-Object AddressFamily
        @($groups.Name) | Should -Be 'InterNetwork', 'InterNetworkV6'
        @($groups | ForEach-Object Count) | Should -Be 5, 2
        $byScope = Get-MulticastAddressInfo 239.255.0.1, 239.255.0.2, 239.192.0.1 | Group-Object Scope
        @($byScope | Sort-Object Count | ForEach-Object { "$($_.Name)=$($_.Count)" }) | Should -Be 'OrganizationLocal=1', 'RealmLocal=2'
        $same = Get-MulticastAddressInfo 239.1.1.1, ff02::1, 239.1.1.1 | Group-Object Address
        @($same | ForEach-Object { "$($_.Name)=$($_.Count)" }) | Should -Be '239.1.1.1=2', 'ff02::1=1'
    }

    It 'Compare-Object -Property Address finds the groups one list has and the other lacks' {
        $before = Get-MulticastAddressInfo 239.192.0.1, 239.192.0.2, ff05::2
        $after = Get-MulticastAddressInfo 239.192.0.2, ff05::2, ff05::3
        $diff = Compare-Object -ReferenceObject $before -DifferenceObject $after -Property Address
        @($diff | ForEach-Object { "$($_.Address) $($_.SideIndicator)" }) | Sort-Object | Should -Be '239.192.0.1 <=', 'ff05::3 =>'
        Compare-Object -ReferenceObject $before -DifferenceObject (Get-MulticastAddressInfo 239.192.0.1, 239.192.0.2, ff05::2) -Property Address | Should -BeNullOrEmpty
    }

    It 'shows a value on its own as its text (Select-Object -ExpandProperty)' {
        $shown = '239.100.0.1', '239.9.0.1', 'ff05::1' | Get-MulticastAddressInfo | Sort-Object Address | Select-Object -ExpandProperty Address | Out-String
        @($shown -split '\r?\n' | Where-Object { $_ }) | Should -Be '239.9.0.1', '239.100.0.1', 'ff05::1'
        ((Get-GlopRange 5662).Prefix | Out-String).Trim() | Should -Be '233.22.30.0/24'
        ((Get-MulticastAddressInfo ff32:ff:a12:34ff:fe56:7890:8000:1).InterfaceId | Out-String).Trim() | Should -Be 'a12:34ff:fe56:7890'
    }

    It 'gives every result''s address with ForEach-Object or [string[]] (an array''s own Address is a method)' {
        $leases = Get-MulticastAddressLease -StorePath $store
        $leases.Address | Should -BeOfType [System.Management.Automation.PSMethod] -Because 'Object[] has an Address(int) method, which member access finds first'
        @($leases | ForEach-Object Address) | ForEach-Object { $_ | Should -BeOfType [Multicast.IPAddressValue] }
        [string[]] $leases | Should -Be '239.192.9.1', '239.192.10.1', '239.192.100.1', 'ff3e:30:2001:db8::8000:2', 'ff3e:30:2001:db8::8000:10'
    }
}
