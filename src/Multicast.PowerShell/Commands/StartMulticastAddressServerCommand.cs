using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Threading;
using Multicast.Leases;
using Multicast.Leases.Madcap;
using Multicast.Leases.Storage;
using Multicast.Madcap;

namespace Multicast.PowerShell.Commands
{
    /// <summary>
    /// Start-MulticastAddressServer: serves a lease store's pools (-StorePath, as every lease cmdlet finds it) over MADCAP (RFC 2730) on UDP 2535, IPv4 and IPv6, until
    /// Ctrl+C, -StopAfter, or the end of the process; with -AsJob, in the background of this session. The engine and its
    /// sockets live in Multicast.Leases.Madcap; this cmdlet configures them and writes what they do.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "MulticastAddressServer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(MadcapServerStatistics), typeof(MadcapServerJob))]
    public sealed class StartMulticastAddressServerCommand : LeaseCmdlet
    {
        private CancellationTokenSource? _stop;

        /// <summary>The addresses to listen on; by default every IPv4 and IPv6 address (0.0.0.0 and ::), which also receive the scopes' groups.</summary>
        [Parameter]
        [AddressTransformation]
        public AddressInput[] ListenAddress { get; set; } = null!;

        /// <summary>The UDP port: 2535 (RFC 2730 §2); 0 for any free port.</summary>
        [Parameter]
        [ValidateRange(0, 65535)]
        public int Port { get; set; } = MadcapConstants.ServerPort;

        /// <summary>The networks whose clients are answered; by default loopback and this host's on-link prefixes.</summary>
        [Parameter]
        [PrefixTransformation]
        public PrefixInput[] ClientNetwork { get; set; } = null!;

        /// <summary>The most groups one client address holds at once.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int MaximumLeasesPerClient { get; set; } = 256;

        /// <summary>The longest lease, and the longest a request holds a group from now.</summary>
        [Parameter]
        public TimeSpan MaximumLeaseTime { get; set; } = TimeSpan.FromDays(7);

        /// <summary>[EXTRA-ALLOCATION-TIME] (RFC 2730 §2.12): how long the store keeps a group past the lease granted.</summary>
        [Parameter]
        public TimeSpan ExtraAllocationTime { get; set; } = MadcapConstants.ExtraAllocationTime;

        /// <summary>[CLOCK-SKEW-ALLOWANCE] (RFC 2730 §2.12).</summary>
        [Parameter]
        public TimeSpan ClockSkewAllowance { get; set; } = MadcapConstants.ClockSkewAllowance;

        /// <summary>How often the counters are written as an information record; none when not given.</summary>
        [Parameter]
        public TimeSpan StatisticsInterval { get; set; }

        /// <summary>Stop after this long, and write the statistics.</summary>
        [Parameter]
        public TimeSpan StopAfter { get; set; }

        /// <summary>Serve in the background of this session; returns the job.</summary>
        [Parameter]
        public SwitchParameter AsJob { get; set; }

        protected override void EndProcessing()
        {
            List<AddressInput> listen = ListenAddress is null ? new List<AddressInput>() : Valid(ListenAddress).ToList();
            List<PrefixInput> networks = ClientNetwork is null ? new List<PrefixInput>() : Valid(ClientNetwork).ToList();
            if ((ListenAddress != null && listen.Count != ListenAddress.Length) || (ClientNetwork != null && networks.Count != ClientNetwork.Length))
            {
                return; // each bad address or prefix wrote its error; a server is not started half as asked
            }

            IReadOnlyList<IPAddress> addresses = ListenAddress is null ? MadcapServerSockets.Wildcards : listen.Select(a => a.Address.ToIPAddress()).ToList();
            var options = new MadcapServerOptions
            {
                ClientNetworks = ClientNetwork is null ? MadcapServerNetwork.OnLinkPrefixes() : networks.Select(n => n.Prefix).ToList(),
                BroadcastAddresses = MadcapServerNetwork.DirectedBroadcasts(),
                MaximumLeasesPerClient = MaximumLeasesPerClient,
                MaximumLeaseTime = MaximumLeaseTime,
                ExtraAllocationTime = ExtraAllocationTime,
                ClockSkewAllowance = ClockSkewAllowance,
            };

            string where = "UDP port " + (Port == 0 ? "(any free)" : Port.ToString(System.Globalization.CultureInfo.InvariantCulture)) + " on " + string.Join(", ", addresses);
            MadcapServerEngine engine;
            try
            {
                LeaseService service = Service;
                if (!ShouldProcess(Store!.FilePath, "Serve the store's pools over MADCAP on " + where))
                {
                    return;
                }

                IReadOnlyList<IPAddress> own = addresses.Any(a => a.Equals(IPAddress.Any) || a.Equals(IPAddress.IPv6Any))
                    ? MadcapServerNetwork.LocalAddresses().OrderBy(a => IPAddress.IsLoopback(a)).ToList()
                    : addresses;
                var identity = new MadcapServerIdentity(own.Count > 0 ? own : new[] { IPAddress.Loopback }, MadcapServerNetwork.InterfaceAddress);
                engine = new MadcapServerEngine(service, options, identity) { LogsExchanges = !AsJob.IsPresent || MyInvocation.BoundParameters.ContainsKey("Verbose") };
            }
            catch (LeaseStoreException exception)
            {
                ThrowTerminatingError(ErrorRecords.From(exception, exception.Path));
                return;
            }
            catch (MulticastException exception)
            {
                ThrowTerminatingError(ErrorRecords.From(exception, exception.Input));
                return;
            }

            IReadOnlyList<MadcapListener> listeners;
            try
            {
                listeners = MadcapServerSockets.Open(addresses, Port);
            }
            catch (MulticastException exception)
            {
                ThrowTerminatingError(ErrorRecords.From(exception, exception.Input));
                return;
            }

            var host = new MadcapServerHost(engine, listeners, options.ScopeRefreshInterval) { StatisticsInterval = StatisticsInterval };
            if (AsJob)
            {
                var job = new MadcapServerJob(MyInvocation.Line, host, engine, listeners, StopAfter);
                JobRepository.Add(job);
                job.Start();
                WriteObject(job);
                return;
            }

            Serve(host, listeners);
        }

        protected override void StopProcessing() => _stop?.Cancel();

        /// <summary>Runs the host on its own thread and writes its events from this one, the only thread that may write.</summary>
        private void Serve(MadcapServerHost host, IReadOnlyList<MadcapListener> listeners)
        {
            using var events = new BlockingCollection<MadcapServerEvent>();
            using var stop = new CancellationTokenSource();
            _stop = stop;
            if (StopAfter > TimeSpan.Zero)
            {
                stop.CancelAfter(StopAfter);
            }

            host.Log = e =>
            {
                try
                {
                    events.Add(e);
                }
                catch (InvalidOperationException)
                {
                    // Written after the host stopped: nobody reads it any more.
                }
            };
            MadcapServerStatistics? final = null;
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    final = host.Run(stop.Token);
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
                finally
                {
                    events.CompleteAdding();
                }
            }) { IsBackground = true, Name = "MADCAP server" };
            thread.Start();
            try
            {
                foreach (MadcapServerEvent e in events.GetConsumingEnumerable())
                {
                    if (!Stopping)
                    {
                        Write(e);
                    }
                }
            }
            catch (PipelineStoppedException)
            {
                stop.Cancel();
                throw;
            }
            finally
            {
                stop.Cancel();
                thread.Join();
                foreach (MadcapListener listener in listeners)
                {
                    listener.Dispose();
                }

                _stop = null;
            }

            if (failure != null)
            {
                ThrowTerminatingError(new ErrorRecord(failure, "MadcapServerFailed", ErrorCategory.NotSpecified, Store?.FilePath));
            }

            if (!Stopping && final != null)
            {
                WriteObject(final);
            }
        }

        private void Write(MadcapServerEvent e)
        {
            switch (e.Level)
            {
                case MadcapServerEventLevel.Detail:
                    WriteVerbose(e.Message);
                    break;
                case MadcapServerEventLevel.Warning:
                    WriteWarning(e.Message);
                    break;
                default:
                    WriteInformation(e.Data ?? e.Message, new[] { "MADCAP" });
                    break;
            }
        }
    }
}
