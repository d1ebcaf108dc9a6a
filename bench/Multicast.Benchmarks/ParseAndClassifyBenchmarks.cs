using System.Net;
using BenchmarkDotNet.Attributes;

namespace Multicast.Benchmarks;

/// <summary>Parse and classify the 10,000-address mix: the hot path of every cmdlet.</summary>
[MemoryDiagnoser]
public class ParseAndClassifyBenchmarks
{
    private string[] _lines = Array.Empty<string>();
    private IPAddressValue[] _addresses = Array.Empty<IPAddressValue>();

    [GlobalSetup]
    public void Setup()
    {
        _lines = AddressData.Lines();
        _addresses = AddressData.Parsed();
    }

    /// <summary>Strict parse, then is-multicast and scope: what Python's ipaddress is compared with.</summary>
    [Benchmark(OperationsPerInvoke = 10_000, Description = "ParseAndReadScope")]
    public int ParseAndReadScopeMix() => ParseAndReadScope(_lines);

    public static int ParseAndReadScope(string[] lines)
    {
        int sum = 0;
        foreach (string line in lines)
        {
            if (AddressParser.TryParse(line, out IPAddressValue address) && ScopeClassifier.TryGetScope(address, out MulticastScope scope))
            {
                sum += (int)scope;
            }
        }

        return sum;
    }

    /// <summary>Scope, SSM range and group-ID class of already parsed addresses.</summary>
    [Benchmark(OperationsPerInvoke = 10_000)]
    public int Classify()
    {
        int sum = 0;
        foreach (IPAddressValue address in _addresses)
        {
            if (ScopeClassifier.TryGetScope(address, out MulticastScope scope))
            {
                sum += (int)scope + (int)SsmClassifier.GetRange(address);
            }

            if (address.IsIPv6)
            {
                sum += (int)GroupIdRangeInfo.Classify(UnicastPrefixFields.GroupId(address));
            }
        }

        return sum;
    }

    /// <summary>For comparison: .NET's lenient IPAddress.TryParse (allocates an IPAddress per call).</summary>
    [Benchmark(OperationsPerInvoke = 10_000, Baseline = true)]
    public int DotNetIPAddressTryParse()
    {
        int sum = 0;
        foreach (string line in _lines)
        {
            if (IPAddress.TryParse(line, out IPAddress? address) && (address.IsIPv6Multicast || address.GetAddressBytes()[0] >= 224))
            {
                sum++;
            }
        }

        return sum;
    }
}
