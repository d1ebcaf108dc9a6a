using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Multicast.Leases;
using Multicast.Networking;
using Multicast.Sap;
using Multicast.Sdp;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Publish-MulticastSession: announces a session with SAP (RFC 2974) on the SAP group of its scope, at the
    /// interval and bandwidth limit of RFC 2974 §3.1, for -Count announcements or until stopped, then sends its
    /// deletion. The session comes from parameters (its group given, or chosen from a scope or a pool so that no
    /// session heard uses it) or from SDP text (RFC 8866), written again in strict order with CRLF.
    /// </summary>
    [Cmdlet(VerbsData.Publish, "MulticastSession", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByScopePrefix)]
    [OutputType(typeof(SapTransmission))]
    public sealed class PublishMulticastSessionCommand : LeaseCmdlet, IDisposable
    {
        // The default set is ScopePrefix: -ScopePrefix without -Group then chooses a group in that scope, while with
        // -Group it names the group's scope (PowerShell settles a tie between the two on the default set).
        private const string ByGroup = "Group";
        private const string ByScope = "Scope";
        private const string ByScopePrefix = "ScopePrefix";
        private const string ByPool = "Pool";
        private const string BySdp = "Sdp";

        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly List<string> _sdpLines = new List<string>();
        private readonly List<MulticastSession> _heard = new List<MulticastSession>();

        /// <summary>The session name (s=).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByGroup)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByScope)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByScopePrefix)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByPool)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = null!;

        /// <summary>The session's group (the first of -AddressCount).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByGroup)]
        [AddressTransformation("Group", SingleAddress = true)]
        public AddressInput Group { get; set; }

        /// <summary>The UDP port of the media (m=).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByGroup)]
        [Parameter(Mandatory = true, ParameterSetName = ByScope)]
        [Parameter(Mandatory = true, ParameterSetName = ByScopePrefix)]
        [Parameter(Mandatory = true, ParameterSetName = ByPool)]
        [ValidateRange(0, 65535)]
        public int Port { get; set; }

        /// <summary>The TTL written after an IPv4 group (c=, RFC 8866 §5.7); IPv6 groups have none.</summary>
        [Parameter(ParameterSetName = ByGroup)]
        [Parameter(ParameterSetName = ByScope)]
        [Parameter(ParameterSetName = ByScopePrefix)]
        [Parameter(ParameterSetName = ByPool)]
        [ValidateRange(0, 255)]
        public int Ttl { get; set; } = 127;

        /// <summary>How many contiguous groups from the first (c= "/number of addresses").</summary>
        [Parameter(ParameterSetName = ByGroup)]
        [Parameter(ParameterSetName = ByScope)]
        [Parameter(ParameterSetName = ByScopePrefix)]
        [Parameter(ParameterSetName = ByPool)]
        [ValidateRange(1, 65536)]
        public int AddressCount { get; set; } = 1;

        /// <summary>The media type of m=: video, audio, text, application, message.</summary>
        [Parameter(ParameterSetName = ByGroup)]
        [Parameter(ParameterSetName = ByScope)]
        [Parameter(ParameterSetName = ByScopePrefix)]
        [Parameter(ParameterSetName = ByPool)]
        [ValidateNotNullOrEmpty]
        public string Media { get; set; } = "video";

        /// <summary>The transport protocol of m=.</summary>
        [Parameter(ParameterSetName = ByGroup)]
        [Parameter(ParameterSetName = ByScope)]
        [Parameter(ParameterSetName = ByScopePrefix)]
        [Parameter(ParameterSetName = ByPool)]
        [ValidateNotNullOrEmpty]
        public string Protocol { get; set; } = "RTP/AVP";

        /// <summary>The media formats of m= (RTP payload types for RTP/AVP).</summary>
        [Parameter(ParameterSetName = ByGroup)]
        [Parameter(ParameterSetName = ByScope)]
        [Parameter(ParameterSetName = ByScopePrefix)]
        [Parameter(ParameterSetName = ByPool)]
        [ValidateNotNullOrEmpty]
        public string[] Format { get; set; } = { "33" };

        /// <summary>The session information (i=).</summary>
        [Parameter(ParameterSetName = ByGroup)]
        [Parameter(ParameterSetName = ByScope)]
        [Parameter(ParameterSetName = ByScopePrefix)]
        [Parameter(ParameterSetName = ByPool)]
        public string Information { get; set; } = null!;

        /// <summary>Choose the group in this scope: IPv4 for Global, RealmLocal and OrganizationLocal (RFC 2365 §8), IPv6 with -IPv6.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByScope)]
        [ScopeTransformation]
        [ArgumentCompleter(typeof(ScopeCompleter))]
        public ScopeInput Scope { get; set; } = null!;

        /// <summary>With -Scope: choose an IPv6 group.</summary>
        [Parameter(ParameterSetName = ByScope)]
        public SwitchParameter IPv6 { get; set; }

        /// <summary>The IPv4 administrative scope: to choose the group in, or the scope of the group given.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByScopePrefix)]
        [Parameter(ParameterSetName = ByGroup)]
        [Parameter(ParameterSetName = BySdp)]
        [PrefixTransformation("ScopePrefix")]
        [ArgumentCompleter(typeof(ScopePrefixCompleter))]
        public PrefixInput ScopePrefix { get; set; } = null!;

        /// <summary>Lease the group from this pool.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByPool)]
        [ArgumentCompleter(typeof(PoolNameCompleter))]
        public string Pool { get; set; } = null!;

        /// <summary>The owner of the lease taken from -Pool.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByPool)]
        public string Owner { get; set; } = null!;

        /// <summary>The session description: SDP text, whole or line by line from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = BySdp, ValueFromPipeline = true)]
        [AllowEmptyString]
        public string[] Sdp { get; set; } = null!;

        /// <summary>Choose a group that none of the sessions piped in (Get-MulticastSession) announces.</summary>
        [Parameter(ParameterSetName = ByScope)]
        [Parameter(ParameterSetName = ByScopePrefix)]
        [Parameter(ParameterSetName = ByPool)]
        public SwitchParameter AvoidSession { get; set; }

        /// <summary>Sessions heard, whose groups -AvoidSession avoids.</summary>
        [Parameter(ParameterSetName = ByScope, ValueFromPipeline = true)]
        [Parameter(ParameterSetName = ByScopePrefix, ValueFromPipeline = true)]
        [Parameter(ParameterSetName = ByPool, ValueFromPipeline = true)]
        [AllowNull]
        [AllowEmptyCollection]
        public MulticastSession[] InputObject { get; set; } = null!;

        /// <summary>How many announcements to send before the deletion; without it, until stopped.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int Count { get; set; }

        /// <summary>Compress the payload with zlib (RFC 2974 §6, the C bit).</summary>
        [Parameter]
        public SwitchParameter Compress { get; set; }

        /// <summary>The originating source (RFC 2974 §6) and o= address; by default the address this host sends from.</summary>
        [Parameter]
        [AddressTransformation("SourceAddress", SingleAddress = true)]
        public AddressInput SourceAddress { get; set; }

        /// <summary>The bandwidth limit of all announcements on the SAP group, in bits per second (RFC 2974 §3.1).</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int BandwidthLimit { get; set; } = SapTiming.DefaultBandwidthLimit;

        public void Dispose() => _stop.Dispose();

        protected override void ProcessRecord()
        {
            // One session an invocation: piped SDP lines and sessions are gathered, and announcing starts at the end.
            if (Sdp != null)
            {
                _sdpLines.AddRange(Sdp);
            }

            foreach (MulticastSession session in InputObject ?? new MulticastSession[0])
            {
                if (session != null)
                {
                    _heard.Add(session);
                }
            }
        }

        protected override void EndProcessing()
        {
            if (_heard.Count > 0 && !AvoidSession)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException(_heard.Count + " sessions were given; add -AvoidSession to choose a group none of them announces."),
                    "SessionWithoutAvoidSession",
                    ErrorCategory.InvalidArgument,
                    _heard.Count));
            }

            if (ParameterSetName == ByPool && AddressCount > 1)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("-AddressCount " + AddressCount + " needs contiguous groups, which a pool does not lease; choose them with -Scope or -ScopePrefix, or announce one group."),
                    "PublishPoolAddressCount",
                    ErrorCategory.InvalidArgument,
                    AddressCount));
            }

            object? target = ParameterSetName == BySdp ? (object)string.Join("\n", _sdpLines) : Name;
            try
            {
                Announce();
            }
            catch (LeaseStoreException exception)
            {
                ThrowTerminatingError(ErrorRecords.From(exception, exception.Path));
            }
            catch (MulticastException exception)
            {
                ThrowTerminatingError(ErrorRecords.From(exception, exception.Input ?? target));
            }
            catch (SocketException exception)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "SapSendFailed", ErrorCategory.ConnectionError, target));
            }
        }

        protected override void StopProcessing() => _stop.Cancel();

        private void Announce()
        {
            AddressRangeSet avoid = Avoided();
            IPPrefix? adminScope = Checked(ScopePrefix);
            SessionDescription? description = null;
            IPAddressValue? group = null;
            switch (ParameterSetName)
            {
                case BySdp:
                    description = ReadSdp();
                    break;
                case ByGroup:
                    group = Checked(Group);
                    break;
                case ByScope:
                    group = SapSessionRange.Choose(IPv6 ? SapSessionRange.ForIPv6Scope(Scope.Value) : SapSessionRange.ForIPv4(Scope.Value), avoid, null, AddressCount);
                    break;
                case ByScopePrefix:
                    group = SapSessionRange.Choose(SapSessionRange.ForIPv4Scope(adminScope!.Value), avoid, null, AddressCount);
                    break;
            }

            IPAddressValue? sapGroup = description is null ? (group is IPAddressValue chosen ? SapAddresses.ForGroup(chosen, adminScope) : (IPAddressValue?)null) : SapGroupOf(description, adminScope);
            string what = description is null
                ? "session '" + Name + "' on " + (group?.ToString() ?? "a free group of pool '" + Pool + "'") + (AddressCount > 1 ? "/" + AddressCount : string.Empty) + " (" + Media + " " + Port + " " + Protocol + ")"
                : "session '" + description.SessionName + "' (" + description.Origin + ")";
            string where = sapGroup is IPAddressValue known ? " to SAP group " + known + " port " + SapAddresses.Port : " to the SAP group of its scope";
            string times = MyInvocation.BoundParameters.ContainsKey(nameof(Count)) ? Count + (Count == 1 ? " time" : " times") : "until stopped";

            // Written strictly now, before -WhatIf or anything sent: a description the RFCs refuse is an error either way.
            SapAnnouncement? announcement = sapGroup is IPAddressValue knownGroup ? Prepare(knownGroup, group, description) : null;
            if (!ShouldProcess(what + where, "Announce (RFC 2974 §3.1: every 300 seconds or more) " + times + ", then send its deletion"))
            {
                return;
            }

            if (ParameterSetName == ByPool)
            {
                LeaseResult leased = Service.Request(new LeaseRequest(Pool, Owner) { Avoid = avoid });
                WriteReclaimed(leased.Reclaimed);
                group = leased.Leases[0].AddressValue;
                sapGroup = SapAddresses.ForGroup(group.Value, adminScope);
                WriteVerbose("Leased " + group + " from pool '" + Pool + "' for '" + Owner + "' until " + leased.Leases[0].End.ToUniversalTime().ToString("u", CultureInfo.InvariantCulture) + "; the lease stays after the session is deleted.");
                announcement = Prepare(sapGroup.Value, group, null);
            }

            IPEndPoint destination = SapAddresses.EndPoint(sapGroup!.Value);
            description = announcement!.Description;
            IPAddressValue source = announcement.OriginatingSource;
            if (announcement.ExceedsRecommendedLength)
            {
                WriteWarning("The announcement is " + announcement.PacketLength + " bytes; RFC 2974 §6 recommends SAP packets under 1 KB, so that they are not fragmented. -Compress, or a shorter description, makes it smaller.");
            }

            using var transport = new MulticastGroupTransport(SapAddresses.Port, new[] { sapGroup.Value });
            WriteVerbose(
                "Announcing '" + description.SessionName + "' to " + destination + " from " + source + ", message ID hash 0x" + announcement.MessageIdHash.ToString("X4", CultureInfo.InvariantCulture)
                + ", " + announcement.PacketLength + " bytes, bandwidth limit " + BandwidthLimit + " bit/s (RFC 2974 §3.1):\n" + description.ToSdp());
            var announcer = new SapAnnouncer(transport, bandwidthLimit: BandwidthLimit);
            int? count = MyInvocation.BoundParameters.ContainsKey(nameof(Count)) ? Count : (int?)null;
            foreach (SapTransmission transmission in announcer.Announce(announcement, destination, count, _stop.Token))
            {
                WriteObject(transmission);
            }
        }

        // The originating source (the address this host sends to the SAP group from, unless given), the description
        // (the SDP given, or one made of the parameters) and the announcement, checked strictly.
        private SapAnnouncement Prepare(IPAddressValue sapGroup, IPAddressValue? group, SessionDescription? description)
        {
            IPAddressValue source = !MyInvocation.BoundParameters.ContainsKey(nameof(SourceAddress)) ? MulticastGroupTransport.SourceAddressFor(SapAddresses.EndPoint(sapGroup)) : Checked(SourceAddress);
            return SapAnnouncement.Create(description ?? Describe(group!.Value, source), source, Compress.IsPresent);
        }

        // The description made from the parameters: one media description with its own c= (a session-level c= may
        // not name several addresses, RFC 8866 §5.7), a permanent time, and an origin whose ID is the time now.
        private SessionDescription Describe(IPAddressValue group, IPAddressValue source)
        {
            ulong now = SdpTime.FromDateTime(DateTime.UtcNow);
            var description = new SessionDescription
            {
                Origin = new SdpOrigin("-", now, now, source),
                SessionName = Name,
                Information = Information,
            };
            description.Times.Add(new SdpTimeDescription(0, 0));
            var media = new SdpMediaDescription(Media, Port, Protocol, Format);
            media.Connections.Add(new SdpConnection(group, group.IsIPv6 ? (int?)null : Ttl, AddressCount));
            description.Media.Add(media);
            if (group.IsIPv6 && MyInvocation.BoundParameters.ContainsKey(nameof(Ttl)))
            {
                WriteVerbose("-Ttl is not written for the IPv6 group " + group + ": RFC 8866 §5.7 says IPv6 multicast has no TTL; its scope bounds it.");
            }

            return description;
        }

        private SessionDescription ReadSdp()
        {
            string text = string.Join("\n", _sdpLines);
            if (_sdpLines.Count > 1 && !text.EndsWith("\n", StringComparison.Ordinal))
            {
                text += "\n";
            }

            SessionDescription description = SessionDescription.Parse(text);
            if (description.HasUnknownLineType)
            {
                throw new MulticastRuleException("SdpUnknownLineType", text, "The description has a line type RFC 8866 does not define, and listeners must ignore such a description (RFC 8866 §5); it is not announced.");
            }

            foreach (SdpWarning warning in description.Warnings)
            {
                WriteVerbose("SDP " + warning + " (" + warning.Id + "); it is written again in RFC 8866 order, with CRLF.");
            }

            return description;
        }

        // RFC 2974 §3: an announcement goes to the SAP group of the session's scope; one session, one scope.
        private static IPAddressValue SapGroupOf(SessionDescription description, IPPrefix? adminScope)
        {
            var sapGroups = new List<IPAddressValue>();
            foreach (SapSessionGroup group in SapSessionGroup.From(description))
            {
                if (group.IsMulticast)
                {
                    IPAddressValue sapGroup = SapAddresses.ForGroup(group.AddressValue, adminScope);
                    if (!sapGroups.Contains(sapGroup))
                    {
                        sapGroups.Add(sapGroup);
                    }
                }
            }

            if (sapGroups.Count == 1)
            {
                return sapGroups[0];
            }

            throw new MulticastRuleException(
                sapGroups.Count == 0 ? "SapSessionHasNoGroup" : "SapSessionSpansScopes",
                description.ToString(),
                sapGroups.Count == 0
                    ? "The description names no multicast group (c=), so it has no scope to be announced in (RFC 2974 §3)."
                    : "The description's groups lie in " + sapGroups.Count + " scopes (SAP groups " + string.Join(", ", sapGroups) + "); RFC 2974 §3 has an identical copy announced in each, each at its own rate. Announce one description a scope.");
        }

        private AddressRangeSet Avoided()
        {
            var avoid = new AddressRangeSet();
            foreach (MulticastSession session in _heard)
            {
                foreach (AddressRange range in session.GroupRanges)
                {
                    avoid.Add(range);
                }
            }

            if (AvoidSession)
            {
                WriteVerbose("Avoiding the groups of " + _heard.Count + " sessions heard: " + (avoid.IsEmpty ? "none" : avoid.ToString()) + ".");
            }

            return avoid;
        }

        private IPAddressValue Checked(AddressInput input) => input.Error is null ? input.Address : throw input.Error;

        private IPPrefix? Checked(PrefixInput? input) => input is null ? (IPPrefix?)null : input.Error is null ? input.Prefix : throw input.Error;
    }
}
