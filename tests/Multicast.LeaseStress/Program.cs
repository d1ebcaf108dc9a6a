using System;
using System.Globalization;
using System.Threading;
using Multicast.Leases;
using Multicast.Leases.Storage;
using Multicast.LeaseStress.FaultInjection;

namespace Multicast.LeaseStress
{
    /// <summary>
    /// One worker process on a shared file store. Every committed lease is printed as "OK address" and
    /// flushed before the next request, so the parent knows what must be in the store.
    ///   request STORE POOL OWNER COUNT [LIMIT]      COUNT requests of one group each, then exit 0
    ///   churn STORE POOL OWNER [LIMIT]              request for ever, until the parent kills it
    ///   madcap-server STORE PORT                    a MADCAP server on 127.0.0.1:PORT until killed (<see cref="MadcapServerWorker"/>)
    ///   crash STORE POOL OWNER STEP stop|tear LIMIT one request whose file system stops the process at step STEP
    ///                                               (a <see cref="FaultyFileSystem"/> step): it prints "DONE label" for
    ///                                               each step done, then "AT STEP label", and waits to be killed; a
    ///                                               request that ends first prints its steps and "NOT REACHED"
    /// LIMIT is the journal size in bytes past which a change compacts the store (FileLeaseStore.JournalLimit);
    /// 0 makes every change compact.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 3 && args[0] == "madcap-server")
            {
                return MadcapServerWorker.Run(args[1], args[2]);
            }

            if (args.Length < 4)
            {
                Console.Error.WriteLine("usage: request|churn|crash STORE POOL OWNER [COUNT|STEP]");
                return 2;
            }

            string mode = args[0], pool = args[2], owner = args[3];
            switch (mode)
            {
                case "request":
                    var store = new FileLeaseStore(args[1], TimeSpan.FromSeconds(60)) { JournalLimit = Limit(args, 5) };
                    var service = new LeaseService(store);
                    int count = int.Parse(args[4], CultureInfo.InvariantCulture);
                    int failures = 0;
                    for (int i = 0; i < count; i++)
                    {
                        try
                        {
                            Report(service.Request(pool, owner).Leases[0]);
                        }
                        catch (MulticastException exception)
                        {
                            failures++;
                            Console.Out.WriteLine("ERR " + exception.ErrorId + " " + exception.Message);
                            Console.Out.Flush();
                        }
                    }

                    return failures == 0 ? 0 : 1;
                case "churn":
                    var churn = new LeaseService(new FileLeaseStore(args[1], TimeSpan.FromSeconds(60)) { JournalLimit = Limit(args, 4) });
                    while (true)
                    {
                        Report(churn.Request(pool, owner).Leases[0]);
                    }

                case "crash":
                    FaultyFileSystem? files = null;
                    files = new FaultyFileSystem(
                        int.Parse(args[4], CultureInfo.InvariantCulture),
                        args[5] == "tear" ? FaultKind.Tear : FaultKind.Stop,
                        (step, label) =>
                        {
                            PrintSteps(files!);
                            Console.Out.WriteLine("AT " + step + " " + label);
                            Console.Out.Flush();
                            Thread.Sleep(Timeout.Infinite);
                        });
                    var victim = new LeaseService(new FileLeaseStore(args[1], TimeSpan.FromSeconds(60), StoreViewCache.Shared, files) { JournalLimit = Limit(args, 6) });
                    Report(victim.Request(pool, owner).Leases[0]);
                    PrintSteps(files);
                    Console.Out.WriteLine("NOT REACHED");
                    return 4;
                default:
                    Console.Error.WriteLine("unknown mode " + mode);
                    return 2;
            }
        }

        private static long? Limit(string[] args, int index) =>
            args.Length > index ? long.Parse(args[index], CultureInfo.InvariantCulture) : (long?)null;

        private static void PrintSteps(FaultyFileSystem files)
        {
            foreach (string step in files.Steps)
            {
                Console.Out.WriteLine("DONE " + step);
            }
        }

        private static void Report(MulticastAddressLease lease)
        {
            Console.Out.WriteLine("OK " + lease);
            Console.Out.Flush();
        }
    }
}
