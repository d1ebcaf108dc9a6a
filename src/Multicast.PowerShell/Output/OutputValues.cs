using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using Multicast.Leases;
using Multicast.Leases.Madcap;
using Multicast.Madcap;
using Multicast.Leases.Storage;
using Multicast.Sap;
using Multicast.Sdp;

namespace Multicast.PowerShell
{
    /// <summary>
    /// The getters behind Multicast.Types.ps1xml. Each output type's .NET properties are text, for serializers
    /// (ConvertTo-Json reads them by reflection); each getter here gives PowerShell the typed value under the
    /// same name, so that an address sorts and compares as an address, an enum is the enum, and so on.
    /// Nothing is computed here: each returns the object's internal typed member.
    /// </summary>
    public static class OutputValues
    {
        // Get-GlopRange
        public static IPPrefix GlopRangePrefix(PSObject instance) => Of<GlopRange>(instance).PrefixValue;

        public static IPAddressValue GlopRangeFirstAddress(PSObject instance) => Of<GlopRange>(instance).FirstAddressValue;

        public static IPAddressValue GlopRangeLastAddress(PSObject instance) => Of<GlopRange>(instance).LastAddressValue;

        // New-EmbeddedRpAddress
        public static IPAddressValue EmbeddedRpAddress(PSObject instance) => Of<EmbeddedRpAddress>(instance).AddressValue;

        public static IPPrefix EmbeddedRpPrefix(PSObject instance) => Of<EmbeddedRpAddress>(instance).PrefixValue;

        public static IPPrefix EmbeddedRpAllocationPrefix(PSObject instance) => Of<EmbeddedRpAddress>(instance).AllocationPrefixValue;

        public static IPAddressValue EmbeddedRpRendezvousPoint(PSObject instance) => Of<EmbeddedRpAddress>(instance).RendezvousPointValue;

        public static IPPrefix EmbeddedRpNetworkPrefix(PSObject instance) => Of<EmbeddedRpAddress>(instance).NetworkPrefixValue;

        public static GroupIdRange EmbeddedRpGroupIdRange(PSObject instance) => Of<EmbeddedRpAddress>(instance).GroupIdRangeValue;

        public static MulticastScope EmbeddedRpScope(PSObject instance) => Of<EmbeddedRpAddress>(instance).ScopeValue;

        // New-UnicastPrefixMulticastAddress
        public static IPAddressValue UnicastPrefixAddress(PSObject instance) => Of<UnicastPrefixMulticastAddress>(instance).AddressValue;

        public static IPPrefix UnicastPrefixPrefix(PSObject instance) => Of<UnicastPrefixMulticastAddress>(instance).PrefixValue;

        public static IPPrefix UnicastPrefixAllocationPrefix(PSObject instance) => Of<UnicastPrefixMulticastAddress>(instance).AllocationPrefixValue;

        public static IPPrefix UnicastPrefixNetworkPrefix(PSObject instance) => Of<UnicastPrefixMulticastAddress>(instance).NetworkPrefixValue;

        public static GroupIdRange? UnicastPrefixGroupIdRange(PSObject instance) => Of<UnicastPrefixMulticastAddress>(instance).GroupIdRangeValue;

        public static MulticastScope UnicastPrefixScope(PSObject instance) => Of<UnicastPrefixMulticastAddress>(instance).ScopeValue;

        // New-LinkScopedMulticastAddress
        public static IPAddressValue LinkScopedAddress(PSObject instance) => Of<LinkScopedMulticastAddress>(instance).AddressValue;

        public static IPPrefix LinkScopedPrefix(PSObject instance) => Of<LinkScopedMulticastAddress>(instance).PrefixValue;

        public static InterfaceIdentifier LinkScopedInterfaceId(PSObject instance) => Of<LinkScopedMulticastAddress>(instance).InterfaceIdValue;

        public static IPAddressValue LinkScopedInterfaceAddress(PSObject instance) => Of<LinkScopedMulticastAddress>(instance).InterfaceAddressValue;

        public static GroupIdRange LinkScopedGroupIdRange(PSObject instance) => Of<LinkScopedMulticastAddress>(instance).GroupIdRangeValue;

        public static MulticastScope LinkScopedScope(PSObject instance) => Of<LinkScopedMulticastAddress>(instance).ScopeValue;

        // Get-MulticastAddressInfo
        public static IPAddressValue InfoAddress(PSObject instance) => Of<MulticastAddressInfo>(instance).AddressValue;

        public static AddressFamily InfoAddressFamily(PSObject instance) => Of<MulticastAddressInfo>(instance).AddressFamilyValue;

        public static MulticastScope? InfoScope(PSObject instance) => Of<MulticastAddressInfo>(instance).ScopeValue;

        public static SsmRange? InfoSsmRange(PSObject instance) => Of<MulticastAddressInfo>(instance).SsmRangeValue;

        public static IPPrefix? InfoNetworkPrefix(PSObject instance) => Of<MulticastAddressInfo>(instance).NetworkPrefixValue;

        public static GroupIdRange? InfoGroupIdRange(PSObject instance) => Of<MulticastAddressInfo>(instance).GroupIdRangeValue;

        public static IPAddressValue? InfoRendezvousPoint(PSObject instance) => Of<MulticastAddressInfo>(instance).RendezvousPointValue;

        public static InterfaceIdentifier? InfoInterfaceId(PSObject instance) => Of<MulticastAddressInfo>(instance).InterfaceIdValue;

        public static MulticastWarningList InfoWarning(PSObject instance) => Of<MulticastAddressInfo>(instance).WarningValue;

        // ConvertTo-MulticastMacAddress
        public static IPAddressValue MacMappingAddress(PSObject instance) => Of<MulticastMacMapping>(instance).AddressValue;

        public static IPAddressValue? MacMappingAliasOf(PSObject instance) => Of<MulticastMacMapping>(instance).AliasOfValue;

        // Get-ScopeRelativeAddress
        public static IPAddressValue ScopeRelativeAddress(PSObject instance) => Of<ScopeRelativeAddress>(instance).AddressValue;

        public static IPAddressValue ScopeRelativeLastAddress(PSObject instance) => Of<ScopeRelativeAddress>(instance).LastAddressValue;

        public static IPPrefix? ScopeRelativeScopePrefix(PSObject instance) => Of<ScopeRelativeAddress>(instance).ScopePrefixValue;

        public static MulticastScope? ScopeRelativeScope(PSObject instance) => Of<ScopeRelativeAddress>(instance).ScopeValue;

        public static AddressFamily ScopeRelativeAddressFamily(PSObject instance) => Of<ScopeRelativeAddress>(instance).AddressFamilyValue;

        // Find-MulticastAssignment
        public static AssignmentKind AssignmentKind(PSObject instance) => Of<MulticastAssignment>(instance).KindValue;

        public static IPAddressValue? AssignmentAddress(PSObject instance) => Of<MulticastAssignment>(instance).AddressValue;

        public static IPAddressValue? AssignmentFirstAddress(PSObject instance) => Of<MulticastAssignment>(instance).FirstAddressValue;

        public static IPAddressValue? AssignmentLastAddress(PSObject instance) => Of<MulticastAssignment>(instance).LastAddressValue;

        public static AddressFamily AssignmentAddressFamily(PSObject instance) => Of<MulticastAssignment>(instance).AddressFamilyValue;

        public static AssignmentFlags AssignmentFlags(PSObject instance) => Of<MulticastAssignment>(instance).FlagsValue;

        // [Multicast.IanaRegistry]::Blocks
        public static IPAddressValue BlockFirstAddress(PSObject instance) => Of<MulticastAddressBlock>(instance).FirstAddressValue;

        public static IPAddressValue BlockLastAddress(PSObject instance) => Of<MulticastAddressBlock>(instance).LastAddressValue;

        // The pool cmdlets
        public static IPPrefix PoolPrefix(PSObject instance) => Of<MulticastAddressPool>(instance).PrefixValue;

        public static PoolPrefixKind PoolKind(PSObject instance) => Of<MulticastAddressPool>(instance).KindValue;

        public static ValueList<IPPrefix> PoolExclusions(PSObject instance) => List(Of<MulticastAddressPool>(instance).ExclusionsValue);

        public static TimeSpan PoolDefaultDuration(PSObject instance) => Of<MulticastAddressPool>(instance).DefaultDurationValue;

        // The lease cmdlets
        public static IPAddressValue LeaseAddress(PSObject instance) => Of<MulticastAddressLease>(instance).AddressValue;

        public static LeaseState LeaseState(PSObject instance) => Of<MulticastAddressLease>(instance).StateValue;

        public static ClientIdentifier? LeaseClientId(PSObject instance) => Of<MulticastAddressLease>(instance).ClientIdValue;

        public static IPAddressValue? LeaseScopeId(PSObject instance) => Of<MulticastAddressLease>(instance).ScopeIdValue;

        // Repair-MulticastAddressStore
        public static IPAddressValue HeldGroupAddress(PSObject instance) => Of<HeldGroup>(instance).AddressValue;

        public static ClientIdentifier? HeldGroupClientId(PSObject instance) => Of<HeldGroup>(instance).AsReadValue?.ClientId;

        // Get-MulticastAddressScope
        public static IPAddressValue ScopeScopeId(PSObject instance) => Of<MadcapServerScope>(instance).ScopeIdValue;

        public static IPAddressValue ScopeLastAddress(PSObject instance) => Of<MadcapServerScope>(instance).LastAddressValue;

        public static IPPrefix? ScopePrefix(PSObject instance) => Of<MadcapServerScope>(instance).PrefixValue;

        public static ValueList<MadcapZoneName> ScopeNames(PSObject instance) => List(Of<MadcapServerScope>(instance).NamesValue);

        public static ValueList<IPAddressValue> ScopeNestsIn(PSObject instance) => List(Of<MadcapServerScope>(instance).NestsInValue);

        // Start-MulticastAddressServer
        public static TimeSpan ServerUptime(PSObject instance) => Of<MadcapServerStatistics>(instance).UptimeValue;

        // Get-MulticastSession
        public static SapSessionEventKind SessionEvent(PSObject instance) => Of<MulticastSession>(instance).EventValue;

        public static IPAddressValue SessionAnnouncer(PSObject instance) => Of<MulticastSession>(instance).AnnouncerValue;

        public static IPEndPoint? SessionSource(PSObject instance) => Of<MulticastSession>(instance).SourceValue;

        public static IPAddressValue? SessionSapGroup(PSObject instance) => Of<MulticastSession>(instance).SapGroupValue;

        public static SessionDescription? SessionDescription(PSObject instance) => Of<MulticastSession>(instance).DescriptionValue;

        // A session's and a transmission's Groups
        public static IPAddressValue SessionGroupAddress(PSObject instance) => Of<SapSessionGroup>(instance).AddressValue;

        public static MulticastScope? SessionGroupScope(PSObject instance) => Of<SapSessionGroup>(instance).ScopeValue;

        public static ValueList<string> SessionGroupFormats(PSObject instance) => List(Of<SapSessionGroup>(instance).FormatsValue);

        public static AddressRange SessionGroupRange(PSObject instance) => Of<SapSessionGroup>(instance).RangeValue;

        // A session's Origin (o=)
        public static IPAddressValue? OriginAddress(PSObject instance) => Of<SdpOrigin>(instance).AddressValue;

        // A session's Times (t=, r=, z=)
        public static ValueList<SdpRepeatTime> TimeRepeats(PSObject instance) => List(Of<SdpTimeDescription>(instance).RepeatsValue);

        public static ValueList<SdpZoneAdjustment> TimeZoneAdjustments(PSObject instance) => List(Of<SdpTimeDescription>(instance).ZoneAdjustmentsValue);

        // Publish-MulticastSession
        public static IPAddressValue TransmissionOriginatingSource(PSObject instance) => Of<SapTransmission>(instance).OriginatingSourceValue;

        public static SapMessageType TransmissionMessageType(PSObject instance) => Of<SapTransmission>(instance).MessageTypeValue;

        public static IPEndPoint TransmissionDestination(PSObject instance) => Of<SapTransmission>(instance).DestinationValue;

        public static TimeSpan TransmissionInterval(PSObject instance) => Of<SapTransmission>(instance).IntervalValue;

        private static T Of<T>(PSObject instance) => (T)instance.BaseObject;

        private static ValueList<T> List<T>(IReadOnlyList<T> items)
        {
            var copy = new T[items.Count];
            for (int i = 0; i < copy.Length; i++)
            {
                copy[i] = items[i];
            }

            return new ValueList<T>(copy);
        }
    }
}
