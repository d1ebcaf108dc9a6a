using BenchmarkDotNet.Attributes;

namespace Multicast.Benchmarks;

/// <summary>
/// Get-MulticastAddressInfo's Core over the 10,000-address mix. Most of the mix is random IPv6 flags and
/// scopes, so 93% of it draws warnings (about two each): the worst case for the warning text.
/// </summary>
[MemoryDiagnoser]
public class DecodeBenchmarks
{
    private IPAddressValue[] _addresses = Array.Empty<IPAddressValue>();
    private string[] _lines = Array.Empty<string>();

    [GlobalSetup]
    public void Setup()
    {
        _addresses = AddressData.Parsed();
        _lines = AddressData.Lines();
    }

    /// <summary>Decode parsed addresses: every property but the warning text, which is written on first read.</summary>
    [Benchmark(OperationsPerInvoke = 10_000)]
    public int Decode()
    {
        int sum = 0;
        foreach (IPAddressValue address in _addresses)
        {
            sum += MulticastAddressDecoder.Decode(address).Ff1 ?? 16;
        }

        return sum;
    }

    /// <summary>Decode and read the warnings, as the cmdlet's output is read.</summary>
    [Benchmark(OperationsPerInvoke = 10_000)]
    public int DecodeWithWarnings()
    {
        int sum = 0;
        foreach (IPAddressValue address in _addresses)
        {
            sum += MulticastAddressDecoder.Decode(address).Warning.Length;
        }

        return sum;
    }

    /// <summary>Strict parse, decode and warnings: everything Get-MulticastAddressInfo does with text.</summary>
    [Benchmark(OperationsPerInvoke = 10_000)]
    public int ParseDecodeWithWarnings()
    {
        int sum = 0;
        foreach (string line in _lines)
        {
            sum += MulticastAddressDecoder.Decode(AddressParser.Parse(line)).Warning.Length;
        }

        return sum;
    }
}
