using System;
using System.Globalization;
using System.Net;
using System.Threading;
using Multicast.Leases;
using Multicast.Leases.Madcap;
using Multicast.Leases.Storage;

namespace Multicast.LeaseStress
{
    /// <summary>
    /// A MADCAP server in its own process, on 127.0.0.1 at PORT over the store STORE, so that a test can kill it (SIGKILL)
    /// mid-load and start another: "madcap-server STORE PORT". Prints "READY host:port" once it listens, then serves until
    /// killed; a warning goes to standard error.
    /// </summary>
    internal static class MadcapServerWorker
    {
        public static int Run(string store, string port)
        {
            var service = new LeaseService(new FileLeaseStore(store, StoreOpenMode.MustExist));
            var options = new MadcapServerOptions { ClientNetworks = MadcapServerNetwork.Loopback, MaximumLeasesPerClient = 1_000_000 };
            var engine = new MadcapServerEngine(service, options, new MadcapServerIdentity(new[] { IPAddress.Loopback }));
            var listeners = MadcapServerSockets.Open(new[] { IPAddress.Loopback }, int.Parse(port, CultureInfo.InvariantCulture));
            var host = new MadcapServerHost(engine, listeners)
            {
                Log = e =>
                {
                    if (e.Level == MadcapServerEventLevel.Warning)
                    {
                        Console.Error.WriteLine(e.Message);
                    }
                },
            };
            Console.Out.WriteLine("READY " + listeners[0].LocalEndPoint);
            Console.Out.Flush();
            host.Run(CancellationToken.None);
            return 0;
        }
    }
}
