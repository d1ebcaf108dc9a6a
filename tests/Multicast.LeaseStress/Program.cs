using System;
using System.Threading;
using Multicast.Leases;
using Multicast.Leases.Storage;

namespace Multicast.LeaseStress
{
    /// <summary>
    /// One worker process on a shared file store. Every committed lease is printed as "OK address" and
    /// flushed before the next request, so the parent knows what must be in the store.
    ///   request STORE POOL OWNER COUNT [LIMIT]   COUNT requests of one group each, then exit 0
    ///   churn STORE POOL OWNER [LIMIT]           request for ever, until the parent kills it
    ///   crash STORE POOL OWNER STEP              one request that stops for ever at commit step STEP
    ///                                            (a FileLeaseStore.TestHook step), after printing "AT STEP";
    ///                                            the steps of a compaction make the request compact
    /// LIMIT is the journal size in bytes past which a change compacts the store (FileLeaseStore.JournalLimit).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length < 4)
            {
                Console.Error.WriteLine("usage: request|churn|crash STORE POOL OWNER [COUNT|STEP]");
                return 2;
            }

            string mode = args[0], pool = args[2], owner = args[3];
            var store = new FileLeaseStore(args[1], TimeSpan.FromSeconds(60));
            var service = new LeaseService(store);
            switch (mode)
            {
                case "request":
                    int count = int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture);
                    store.JournalLimit = Limit(args, 5);
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
                    store.JournalLimit = Limit(args, 4);
                    while (true)
                    {
                        Report(service.Request(pool, owner).Leases[0]);
                    }

                case "crash":
                    string step = args[4];
                    if (step.StartsWith("snapshot-", StringComparison.Ordinal) || step == "journal-written")
                    {
                        store.JournalLimit = 0;
                    }

                    store.TestHook = reached =>
                    {
                        if (reached == step)
                        {
                            Console.Out.WriteLine("AT " + step);
                            Console.Out.Flush();
                            Thread.Sleep(Timeout.Infinite);
                        }
                    };
                    Report(service.Request(pool, owner).Leases[0]);
                    return 3;
                default:
                    Console.Error.WriteLine("unknown mode " + mode);
                    return 2;
            }
        }

        private static long? Limit(string[] args, int index) =>
            args.Length > index ? long.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : (long?)null;

        private static void Report(MulticastAddressLease lease)
        {
            Console.Out.WriteLine("OK " + lease);
            Console.Out.Flush();
        }
    }
}
