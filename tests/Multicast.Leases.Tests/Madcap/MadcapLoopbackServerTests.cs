using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Threading;
using Multicast.Leases.Madcap;
using Multicast.Leases.Storage;
using Multicast.Madcap;
using Multicast.Networking;
using Xunit.Abstractions;

namespace Multicast.Leases.Tests.Madcap
{
    /// <summary>
    /// The server on real UDP sockets, on loopback only (127.0.0.1 and ::1), with Core's client: many clients at once on
    /// one pool never get a group twice, and a server killed with SIGKILL mid-load and started again has lost no lease it
    /// acknowledged. Figures go to the test output; no speed is asserted.
    /// </summary>
    [Collection("Worker processes")]
    public sealed class MadcapLoopbackServerTests : IDisposable
    {
        private const int Clients = 8;
        private const int RequestsEach = 200;
        private static readonly IPAddress Scope = IPAddress.Parse("239.192.0.0");

        // Quicker than §2.3's 4 s on loopback, still exponential, and patient enough to outlast a server restart.
        private static readonly MadcapRetransmissionSchedule Patient =
            new MadcapRetransmissionSchedule(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(2), 8, TimeSpan.FromSeconds(20));

        private readonly ITestOutputHelper _output;
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "multicast-madcap-" + Guid.NewGuid().ToString("N"));

        public MadcapLoopbackServerTests(ITestOutputHelper output)
        {
            _output = output;
            Directory.CreateDirectory(_folder);
        }

        private string StorePath => Path.Combine(_folder, "leases.json");

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        /// <summary>A store with one pool of 1792 groups (239.192.0.0/21 less its relative /24) for 1600 requests.</summary>
        private void CreateStore() =>
            new LeaseService(new FileLeaseStore(StorePath)).CreatePool(MulticastAddressPool.Create("video", IPPrefix.Parse("239.192.0.0/21"), defaultDuration: TimeSpan.FromHours(8)));

        /// <summary>The store as a process that never read it before sees it.</summary>
        private IReadOnlyList<MulticastAddressLease> ColdLeases() => new LeaseService(new FileLeaseStore(StorePath, null, new StoreViewCache(1))).GetLeases();

        [Fact]
        public void EightClientsOf200Requests_OnOnePool_NeverGetAGroupTwice()
        {
            CreateStore();
            var service = new LeaseService(new FileLeaseStore(StorePath, StoreOpenMode.MustExist));
            var options = new MadcapServerOptions { ClientNetworks = MadcapServerNetwork.Loopback, MaximumLeasesPerClient = 100_000 };
            var engine = new MadcapServerEngine(service, options, new MadcapServerIdentity(new[] { IPAddress.Loopback, IPAddress.IPv6Loopback }));
            IReadOnlyList<MadcapListener> listeners = MadcapServerSockets.Open(new[] { IPAddress.Loopback, IPAddress.IPv6Loopback }, 0);
            var host = new MadcapServerHost(engine, listeners);
            using var stop = new CancellationTokenSource();
            MadcapServerStatistics? final = null;
            var server = new Thread(() => final = host.Run(stop.Token)) { IsBackground = true };
            server.Start();
            try
            {
                // Half the clients over IPv4, half over IPv6: one store, one pool, two sockets.
                var clock = Stopwatch.StartNew();
                List<(string Group, string Lease)> granted = RunClients(i => listeners[i % 2].LocalEndPoint, out List<string> failures);
                clock.Stop();

                int duplicates = granted.Count - granted.Select(g => g.Group).Distinct().Count();
                IReadOnlyList<MulticastAddressLease> stored = ColdLeases();
                _output.WriteLine(
                    "{0} clients x {1} REQUESTs over 127.0.0.1 and ::1: {2} ACKs, {3} duplicate groups, {4} leases in the store, {5:0.0} s ({6:0} exchanges/s)",
                    Clients, RequestsEach, granted.Count, duplicates, stored.Count, clock.Elapsed.TotalSeconds, granted.Count / clock.Elapsed.TotalSeconds);
                Assert.Empty(failures);
                Assert.Equal(Clients * RequestsEach, granted.Count);
                Assert.Equal(0, duplicates);
                AssertEveryAckIsInTheStore(granted, stored);
                Assert.Equal(granted.Count, stored.Count);
            }
            finally
            {
                stop.Cancel();
                Assert.True(server.Join(TimeSpan.FromSeconds(30)));
                foreach (MadcapListener listener in listeners)
                {
                    listener.Dispose();
                }
            }

            Assert.Equal(Clients * RequestsEach, final!.LeasesGranted);
            Assert.Equal(0, final.Errors);
            _output.WriteLine("server: " + final);
        }

        [Fact]
        public void AServerKilledMidLoad_AndStartedAgain_HasLostNoAcknowledgedLease()
        {
            CreateStore();
            ServerProcess first = ServerProcess.Start(StorePath, 0);
            IPEndPoint endPoint = first.EndPoint;
            var clock = Stopwatch.StartNew();
            List<(string Group, string Lease)> granted = null!;
            List<string> failures = null!;
            int acknowledged = 0;
            var clients = new Thread(() => granted = RunClients(_ => endPoint, out failures, () => Interlocked.Increment(ref acknowledged))) { IsBackground = true };
            clients.Start();

            // Kill it mid-load: SIGKILL, no chance to flush or close anything.
            SpinWait.SpinUntil(() => Volatile.Read(ref acknowledged) >= 400 || !clients.IsAlive, TimeSpan.FromSeconds(60));
            int beforeKill = Volatile.Read(ref acknowledged);
            first.Kill();
            TimeSpan killedAt = clock.Elapsed;
            ServerProcess second = ServerProcess.Start(StorePath, endPoint.Port);
            TimeSpan restartedAt = clock.Elapsed;
            try
            {
                Assert.True(clients.Join(TimeSpan.FromSeconds(120)), "The clients did not finish.");
                clock.Stop();
            }
            finally
            {
                second.Kill();
            }

            int duplicates = granted.Count - granted.Select(g => g.Group).Distinct().Count();
            IReadOnlyList<MulticastAddressLease> stored = ColdLeases();
            int lost = granted.Count(g => !stored.Any(s => s.Address.ToString() == g.Group && s.ClientId?.ToString() == g.Lease));
            _output.WriteLine(
                "{0} clients x {1} REQUESTs; server killed (SIGKILL) after {2} ACKs at {3:0.00} s, serving again at {4:0.00} s: {5} ACKs in all, {6} lost, {7} duplicate groups, {8} leases in the store, {9:0.0} s",
                Clients, RequestsEach, beforeKill, killedAt.TotalSeconds, restartedAt.TotalSeconds, granted.Count, lost, duplicates, stored.Count, clock.Elapsed.TotalSeconds);
            Assert.Empty(failures);
            Assert.True(beforeKill < Clients * RequestsEach, "The server should be killed mid-load.");
            Assert.Equal(Clients * RequestsEach, granted.Count);
            Assert.Equal(0, lost);
            Assert.Equal(0, duplicates);
            AssertEveryAckIsInTheStore(granted, stored);

            // A lease committed whose ACK died with the server was given again to the retransmission, not leased twice.
            Assert.Equal(granted.Count, stored.Count);
        }

        private static void AssertEveryAckIsInTheStore(List<(string Group, string Lease)> granted, IReadOnlyList<MulticastAddressLease> stored)
        {
            Dictionary<string, MulticastAddressLease> byGroup = stored.ToDictionary(l => l.Address.ToString());
            foreach ((string group, string lease) in granted)
            {
                Assert.True(byGroup.TryGetValue(group, out MulticastAddressLease? held), group + " was acknowledged but is not in the store");
                Assert.Equal(lease, held!.ClientId!.ToString());
                Assert.StartsWith(MadcapServerEngine.OwnerPrefix, held.Owner);
            }
        }

        /// <summary>Runs <see cref="Clients"/> threads of <see cref="RequestsEach"/> REQUESTs each; returns every group acknowledged, with its Lease Identifier.</summary>
        private static List<(string Group, string Lease)> RunClients(Func<int, IPEndPoint> server, out List<string> failures, Action? acknowledged = null)
        {
            var granted = new ConcurrentBag<(string, string)>();
            var errors = new ConcurrentBag<string>();
            var threads = Enumerable.Range(0, Clients).Select(i => new Thread(() =>
            {
                IPEndPoint target = server(i);
                using var socket = new UdpDatagramTransport(new IPEndPoint(target.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? IPAddress.IPv6Loopback : IPAddress.Loopback, 0));
                var client = new MadcapClient(socket, new MadcapClientOptions { Schedule = Patient });
                for (int r = 0; r < RequestsEach; r++)
                {
                    try
                    {
                        MadcapLease lease = client.RequestLease(new MadcapLeaseRequest(Scope) { LeaseTime = TimeSpan.FromHours(1) }, target);
                        foreach (IPAddress group in lease.EnumerateAddresses())
                        {
                            granted.Add((group.ToString(), lease.LeaseIdentifier.ToString()));
                        }

                        acknowledged?.Invoke();
                    }
                    catch (MulticastException exception)
                    {
                        errors.Add(exception.ErrorId + ": " + exception.Message);
                    }
                }
            }) { IsBackground = true }).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            failures = errors.ToList();
            return granted.ToList();
        }

        /// <summary>tests/Multicast.LeaseStress in "madcap-server" mode: a server in its own process, to be killed.</summary>
        private sealed class ServerProcess
        {
            private readonly Process _process;

            private ServerProcess(Process process, IPEndPoint endPoint)
            {
                _process = process;
                EndPoint = endPoint;
            }

            public IPEndPoint EndPoint { get; }

            public static ServerProcess Start(string store, int port)
            {
                string worker = Path.GetFullPath(typeof(MadcapLoopbackServerTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "LeaseStressPath").Value!);
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (string argument in new[] { worker, "madcap-server", store, port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
                {
                    start.ArgumentList.Add(argument);
                }

                Process process = Process.Start(start)!;
                process.ErrorDataReceived += (_, __) => { };
                process.BeginErrorReadLine();
                string? line = process.StandardOutput.ReadLine();
                Assert.True(line != null && line.StartsWith("READY ", StringComparison.Ordinal), "The server did not start: " + line);
                return new ServerProcess(process, IPEndPoint.Parse(line!.Substring(6)));
            }

            public void Kill()
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
    }
}
