using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Management.Automation;
using System.Threading;
using Multicast.Networking;
using Multicast.Sap;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Get-MulticastSession: the sessions announced with SAP (RFC 2974) and SDP (RFC 8866), one object per event as
    /// it happens: heard on the network (the SAP groups of the scopes given, for a time or until stopped), or read
    /// from capture files or datagrams. Removals (deleted, timed out, ended) are objects too, with -IncludeRemoved.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "MulticastSession", DefaultParameterSetName = Listen)]
    [OutputType(typeof(MulticastSession))]
    public sealed class GetMulticastSessionCommand : MulticastCmdlet, IDisposable
    {
        private const string Listen = "Listen";
        private const string UntilStopped = "Continuous";
        private const string FromPath = "Path";
        private const string FromDatagram = "Datagram";

        // The scopes a listener joins by default: every named scope from link-local up, whose IPv4 SAP groups are
        // the global one and those of the Local and Organization Local Scopes (RFC 2974 §3, RFC 2365 §8).
        private static readonly ScopeInput[] DefaultScopes =
        {
            ScopeInput.Of(MulticastScope.LinkLocal), ScopeInput.Of(MulticastScope.RealmLocal), ScopeInput.Of(MulticastScope.AdminLocal),
            ScopeInput.Of(MulticastScope.SiteLocal), ScopeInput.Of(MulticastScope.OrganizationLocal), ScopeInput.Of(MulticastScope.Global),
        };

        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private SapCaptureReplay? _replay;
        private SapPacketIntake? _intake;

        /// <summary>How long to listen. Announcements repeat every 200 to 400 seconds or more (RFC 2974 §3.1), so a full picture takes about seven minutes.</summary>
        [Parameter(ParameterSetName = Listen)]
        public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>Listen until stopped (Ctrl+C).</summary>
        [Parameter(Mandatory = true, ParameterSetName = UntilStopped)]
        public SwitchParameter Continuous { get; set; }

        /// <summary>The scopes whose SAP groups to join: FF0X::2:7FFE for each, and the IPv4 groups of Global, RealmLocal and OrganizationLocal.</summary>
        [Parameter(ParameterSetName = Listen)]
        [Parameter(ParameterSetName = UntilStopped)]
        [ScopeTransformation]
        [ArgumentCompleter(typeof(ScopeCompleter))]
        public ScopeInput[] Scope { get; set; } = DefaultScopes;

        /// <summary>Other IPv4 administrative scopes (in 239/8, /8 to /24) whose SAP group, the highest address, to join.</summary>
        [Parameter(ParameterSetName = Listen)]
        [Parameter(ParameterSetName = UntilStopped)]
        [PrefixTransformation("ScopePrefix")]
        [ArgumentCompleter(typeof(ScopePrefixCompleter))]
        public PrefixInput[] ScopePrefix { get; set; } = null!;

        /// <summary>Capture files (pcap or pcapng) to read the SAP packets of, as one capture in the order given.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = FromPath, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        [SupportsWildcards]
        public string[] Path { get; set; } = null!;

        /// <summary>One SAP datagram: the UDP payload as it arrived.</summary>
        [Parameter(Mandatory = true, ParameterSetName = FromDatagram, ValueFromPipelineByPropertyName = true)]
        [Alias("Data")]
        public byte[] Datagram { get; set; } = null!;

        /// <summary>Also write the sessions removed: deleted, timed out (RFC 2974 §4), or past their stop time.</summary>
        [Parameter]
        public SwitchParameter IncludeRemoved { get; set; }

        public void Dispose() => _stop.Dispose();

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case FromPath:
                    foreach (string path in ResolvePaths())
                    {
                        ReadCapture(path);
                    }

                    break;
                case FromDatagram:
                    _intake ??= new SapPacketIntake(new SapDirectory());
                    Write(_intake.Take(Datagram, null, null));
                    break;
                default:
                    ListenToGroups();
                    break;
            }
        }

        protected override void EndProcessing()
        {
            SapPacketIntake? intake = _replay?.Intake ?? _intake;
            if (intake != null)
            {
                WriteSummary(intake);
            }
        }

        protected override void StopProcessing() => _stop.Cancel();

        private void ListenToGroups()
        {
            var groups = new List<IPAddressValue>();
            foreach (ScopeInput scope in Scope ?? new ScopeInput[0])
            {
                ForItem(scope.Value, () => groups.AddRange(SapAddresses.ForScope(scope.Value)));
            }

            foreach (PrefixInput item in Valid(ScopePrefix))
            {
                ForItem(item.Input, () => groups.Add(SapAddresses.ForIPv4Scope(item.Prefix)));
            }

            if (groups.Count == 0)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("There is no SAP group to listen to: give at least one scope with -Scope or -ScopePrefix."),
                    "SapNoGroupToListen",
                    ErrorCategory.InvalidArgument,
                    null));
            }

            MulticastGroupTransport transport;
            try
            {
                transport = new MulticastGroupTransport(SapAddresses.Port, groups);
            }
            catch (MulticastException exception)
            {
                ThrowTerminatingError(ErrorRecords.From(exception, string.Join(", ", groups)));
                return;
            }

            using (transport)
            {
                foreach (KeyValuePair<IPAddressValue, System.Net.Sockets.SocketException> failed in transport.FailedGroups)
                {
                    WriteWarning("Could not join the SAP group " + failed.Key + ": " + failed.Value.Message + " (" + failed.Value.SocketErrorCode + "). Sessions announced there are not heard.");
                }

                WriteVerbose("Listening on UDP port " + SapAddresses.Port + " to " + string.Join(", ", transport.JoinedGroups) + (Continuous ? " until stopped." : " for " + Duration + "."));
                var listener = new SapListener(transport);
                Write(listener.Listen(Continuous ? (TimeSpan?)null : Duration, _stop.Token));
                if (!_stop.IsCancellationRequested)
                {
                    WriteSummary(listener.Intake);
                }
            }
        }

        private void ReadCapture(string path)
        {
            _replay ??= new SapCaptureReplay();
            ForItem(path, () =>
            {
                using FileStream stream = File.OpenRead(path);
                var reader = new CaptureReader(stream);
                Write(_replay.Replay(reader.ReadDatagrams()));
                if (reader.Format == CaptureFormat.Unknown)
                {
                    throw new MulticastRuleException("CaptureFormatUnknown", path, "'" + path + "' is neither a pcap nor a pcapng capture: its first four bytes are neither format's magic number.");
                }

                WriteVerbose(
                    path + ": " + reader.Format + ", " + reader.Records + " packets, " + reader.Datagrams + " to UDP port " + SapAddresses.Port + ", " + reader.OtherPackets + " other, "
                    + reader.Fragments + " IP fragments skipped, " + reader.DamagedRecords + " damaged" + (reader.StoppedEarly ? "; reading stopped early, at a record that could not be followed" : string.Empty) + ".");
            });
        }

        private IEnumerable<string> ResolvePaths()
        {
            foreach (string given in Path ?? new string[0])
            {
                ProviderInfo provider;
                Collection<string>? resolved = null;
                try
                {
                    resolved = GetResolvedProviderPathFromPSPath(given, out provider);
                }
                catch (ItemNotFoundException exception)
                {
                    WriteError(new ErrorRecord(exception, "CaptureNotFound", ErrorCategory.ObjectNotFound, given));
                    continue;
                }

                if (provider.Name != "FileSystem")
                {
                    WriteError(new ErrorRecord(new ArgumentException("'" + given + "' is not a file."), "CaptureNotAFile", ErrorCategory.InvalidArgument, given));
                    continue;
                }

                foreach (string path in resolved)
                {
                    yield return path;
                }
            }
        }

        // Writes each session as its event happens: removals only with -IncludeRemoved, encrypted ones as a warning.
        private void Write(IEnumerable<SapSessionEvent> events)
        {
            foreach (SapSessionEvent happened in events)
            {
                var session = new MulticastSession(happened);
                if (session.IsEncrypted)
                {
                    if (happened.Kind == SapSessionEventKind.New)
                    {
                        WriteWarning(
                            "An encrypted announcement from " + session.Announcer + " (message ID hash 0x" + session.MessageIdHash.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)
                            + ") was skipped: SAP does not say how to decrypt it (RFC 2974 §7).");
                    }

                    continue;
                }

                if (session.IsRemoved && !IncludeRemoved)
                {
                    WriteVerbose("Session '" + session.Name + "' from " + session.Announcer + ": " + session.Event + ".");
                    continue;
                }

                if (!session.IsRemoved && session.Warnings.Count > 0)
                {
                    WriteWarning(Describe(session));
                }

                WriteObject(session);
            }
        }

        private static string Describe(MulticastSession session)
        {
            const int Shown = 3;
            var parts = new List<string>();
            for (int i = 0; i < session.Warnings.Count && i < Shown; i++)
            {
                parts.Add(session.Warnings[i].Message + " (" + session.Warnings[i].Id + ")");
            }

            string more = session.Warnings.Count > Shown ? "; and " + (session.Warnings.Count - Shown) + " more in its Warnings" : string.Empty;
            string what = session.DescriptionRejected ? "was ignored, as RFC 8866 §5 requires" : "breaks RFC 8866";
            return "The description of session '" + (session.Name ?? "(no name)") + "' from " + session.Announcer + " " + what + ": " + string.Join("; ", parts) + more + ".";
        }

        private void WriteSummary(SapPacketIntake intake)
        {
            SapDirectory directory = intake.Directory;
            var malformed = new List<string>();
            foreach (KeyValuePair<SapDecodeStatus, int> reason in intake.MalformedByStatus)
            {
                malformed.Add(reason.Value + " " + reason.Key);
            }

            WriteVerbose(
                "SAP: " + intake.DatagramsReceived + " datagrams; " + intake.MalformedDatagrams + " malformed and dropped"
                + (malformed.Count > 0 ? " (" + string.Join(", ", malformed) + ")" : string.Empty)
                + "; " + intake.EncryptedPackets + " encrypted; " + directory.StaleAnnouncements + " stale announcements and " + directory.StaleDeletions + " stale deletions ignored; "
                + directory.IgnoredDeletions + " deletions matched nothing; " + directory.DroppedSessions + " sessions dropped for room; " + directory.Count + " sessions known at the end.");
        }
    }
}
