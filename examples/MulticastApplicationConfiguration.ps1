<#
.SYNOPSIS
    DSC configuration: gives every node its own embedded-RP multicast group, computed at compile time.
.DESCRIPTION
    Each node's group comes from the RP address of its site and the node's group ID (RFC 3956, with the
    RP embedded in the group, so PIM-SM needs no RP configuration). The Multicast cmdlets run while the
    configuration compiles; the MOF only carries the resulting file content, so target nodes do not need
    the module.

    Compile on a build server with Windows PowerShell 5.1 (or PowerShell 7 with PSDesiredStateConfiguration):
        . .\MulticastApplicationConfiguration.ps1
        MulticastApplication -ConfigurationData $ConfigurationData -OutputPath .\mof
#>

$ConfigurationData = @{
    AllNodes = @(
        @{ NodeName = '*'; RendezvousPoint = '2001:db8:beef:feed::7'; PrefixLength = 64 }
        @{ NodeName = 'encoder01'; GroupId = 0x80000001 }
        @{ NodeName = 'encoder02'; GroupId = 0x80000002 }
        @{ NodeName = 'encoder03'; GroupId = 0x80000003; RendezvousPoint = '2001:db8:cafe:1::3' }
    )
}

Configuration MulticastApplication {
    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Import-Module Multicast -ErrorAction Stop

    Node $AllNodes.NodeName {
        # Compile time: fail the build, not the node, if a group cannot be embedded.
        $group = New-EmbeddedRpAddress -RendezvousPoint $Node.RendezvousPoint -PrefixLength $Node.PrefixLength `
            -GroupId $Node.GroupId -Scope OrganizationLocal -ErrorAction Stop
        $mac = ConvertTo-MulticastMacAddress -Address $group.Address -ErrorAction Stop
        $settings = [ordered]@{
            group           = $group.ToString()
            rendezvousPoint = $group.RendezvousPoint.ToString()
            macAddress      = $mac.MacAddress
        }

        File MulticastSettings {
            DestinationPath = 'C:\ProgramData\Encoder\multicast.json'
            Contents        = ($settings | ConvertTo-Json)
            Type            = 'File'
            Ensure          = 'Present'
        }
    }
}
