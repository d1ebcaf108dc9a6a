using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Multicast;
using Multicast.Leases;
using Multicast.Leases.Madcap;
using Multicast.Leases.Storage;
using Multicast.Madcap;
using Multicast.Networking;

// MADCAP REQUEST -> ACK exchanges per second on loopback (127.0.0.1), with 100,000 leases already in the store: the
// server (MadcapServerHost on real UDP sockets, its store on disk, each ACK sent only once its lease is flushed) in
// this process, and N client threads, each Core's MadcapClient on its own socket, sending a unicast REQUEST for one
// group and waiting for its ACK before the next (RFC 2730 §2.2.4). Arguments: [clients] [seconds] [leases in store].
int clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
double seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10;
int seeded = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;
string folder = Path.Combine(Path.GetTempPath(), "multicast-madcap-rate-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
string store = Path.Combine(folder, "leases.json");
try
{
    var clock = Stopwatch.StartNew();
    var seeding = new LeaseService(new FileLeaseStore(store));
    seeding.CreatePool(MulticastAddressPool.Create("org", IPPrefix.Parse("239.192.0.0/14")));
    for (int done = 0; done < seeded; done += 10_000)
    {
        seeding.Request("org", "seed" + done, TimeSpan.FromDays(30), count: Math.Min(10_000, seeded - done));
    }

    Console.WriteLine("Store: {0} leases in pool org (239.192.0.0/14), made in {1:0.0} s.", seeding.GetLeases().Count, clock.Elapsed.TotalSeconds);

    var service = new LeaseService(new FileLeaseStore(store, StoreOpenMode.MustExist));
    var options = new MadcapServerOptions { ClientNetworks = MadcapServerNetwork.Loopback, MaximumLeasesPerClient = int.MaxValue };
    var engine = new MadcapServerEngine(service, options, new MadcapServerIdentity(new[] { IPAddress.Loopback })) { LogsExchanges = false };
    IReadOnlyList<MadcapListener> listeners = MadcapServerSockets.Open(new[] { IPAddress.Loopback }, 0);
    var host = new MadcapServerHost(engine, listeners);
    using var stop = new CancellationTokenSource();
    MadcapServerStatistics? final = null;
    var server = new Thread(() => final = host.Run(stop.Token)) { IsBackground = true };
    server.Start();
    IPEndPoint target = listeners[0].LocalEndPoint;
    var scope = IPAddress.Parse("239.192.0.0");

    // One warm-up exchange a client, then the measured window.
    var latencies = new ConcurrentBag<double>();
    long acks = 0;
    long failures = 0;
    using var window = new CountdownEvent(clients);
    var start = new ManualResetEventSlim(false);
    Stopwatch measured = new Stopwatch();
    var threads = Enumerable.Range(0, clients).Select(i => new Thread(() =>
    {
        using var socket = new UdpDatagramTransport(new IPEndPoint(IPAddress.Loopback, 0));
        var client = new MadcapClient(socket, new MadcapClientOptions());
        client.RequestLease(new MadcapLeaseRequest(scope) { LeaseTime = TimeSpan.FromHours(1) }, target);
        window.Signal();
        start.Wait();
        var each = Stopwatch.StartNew();
        while (measured.Elapsed.TotalSeconds < seconds)
        {
            each.Restart();
            try
            {
                client.RequestLease(new MadcapLeaseRequest(scope) { LeaseTime = TimeSpan.FromHours(1) }, target);
                latencies.Add(each.Elapsed.TotalMilliseconds);
                Interlocked.Increment(ref acks);
            }
            catch (MulticastException)
            {
                Interlocked.Increment(ref failures);
            }
        }
    }) { IsBackground = true }).ToList();
    threads.ForEach(t => t.Start());
    window.Wait();
    measured.Start();
    start.Set();
    threads.ForEach(t => t.Join());
    measured.Stop();
    stop.Cancel();
    server.Join();
    foreach (MadcapListener listener in listeners)
    {
        listener.Dispose();
    }

    double[] sorted = latencies.OrderBy(l => l).ToArray();
    Console.WriteLine(
        "{0} clients, {1:0.0} s on 127.0.0.1: {2} REQUEST->ACK exchanges, {3:0} per second; latency median {4:0.00} ms, p99 {5:0.00} ms; {6} failed",
        clients, measured.Elapsed.TotalSeconds, acks, acks / measured.Elapsed.TotalSeconds, sorted[sorted.Length / 2], sorted[(int)(sorted.Length * 0.99)], failures);
    Console.WriteLine("Server: {0}", final);
    Console.WriteLine("Store afterwards: {0} leases.", new LeaseService(new FileLeaseStore(store, StoreOpenMode.MustExist)).GetLeases().Count);
}
finally
{
    Directory.Delete(folder, recursive: true);
}
