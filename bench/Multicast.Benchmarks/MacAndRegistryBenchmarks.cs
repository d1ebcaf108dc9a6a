using BenchmarkDotNet.Attributes;

namespace Multicast.Benchmarks;

/// <summary>MAC mapping of the 10k mix, and IANA registry look-ups by address and by name.</summary>
[MemoryDiagnoser]
public class MacAndRegistryBenchmarks
{
    private IPAddressValue[] _addresses = Array.Empty<IPAddressValue>();

    [GlobalSetup]
    public void Setup()
    {
        _addresses = AddressData.Parsed();
        IanaRegistry.TryFind(_addresses[0], out _); // load the embedded data outside the measurement
    }

    [Benchmark(OperationsPerInvoke = 10_000)]
    public ulong MacMapping()
    {
        ulong sum = 0;
        foreach (IPAddressValue address in _addresses)
        {
            if (MulticastMac.TryGetMac(address, out ulong mac))
            {
                sum ^= mac;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = 10_000)]
    public int RegistryLookupByAddress()
    {
        int found = 0;
        foreach (IPAddressValue address in _addresses)
        {
            if (IanaRegistry.TryFind(address, out MulticastAssignment? _))
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 10_000)]
    public int RegistryBlockByAddress()
    {
        int found = 0;
        foreach (IPAddressValue address in _addresses)
        {
            if (IanaRegistry.TryGetBlock(address, out MulticastAddressBlock? _))
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark]
    public int RegistryLookupByName() => IanaRegistry.FindByName("NTP").Count;

    [Benchmark]
    public int RegistryLookupByWildcard() => IanaRegistry.FindByName("*time*").Count;
}
