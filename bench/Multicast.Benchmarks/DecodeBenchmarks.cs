using BenchmarkDotNet.Attributes;

namespace Multicast.Benchmarks;

/// <summary>
/// Get-MulticastAddressInfo's Core over the 10,000-address mix, and over the IPv4 multicast lines repeated to
/// 40,000 (what bench/Measure-CmdletRates.ps1 gives the cmdlet). Most of the mix is random IPv6 flags and
/// scopes, so 93% of it draws warnings (about two each): the worst case for the warning text. The loops are
/// static so that the plain-process check (PlainProcessCheck, --plain) runs exactly these.
/// </summary>
[MemoryDiagnoser]
public class DecodeBenchmarks
{
    private IPAddressValue[] _addresses = Array.Empty<IPAddressValue>();
    private string[] _lines = Array.Empty<string>();
    private string[] _ipv4 = Array.Empty<string>();

    [GlobalSetup]
    public void Setup()
    {
        _addresses = AddressData.Parsed();
        _lines = AddressData.Lines();
        _ipv4 = AddressData.IPv4MulticastRepeated(40_000);
    }

    /// <summary>Decode parsed addresses: every property but the warning text, which is written on first read.</summary>
    [Benchmark(OperationsPerInvoke = 10_000, Description = "Decode")]
    public int DecodeMix() => Decode(_addresses);

    /// <summary>Decode and read the warnings, as the cmdlet's output is read.</summary>
    [Benchmark(OperationsPerInvoke = 10_000, Description = "DecodeWithWarnings")]
    public int DecodeMixWithWarnings() => DecodeWithWarnings(_addresses);

    /// <summary>Strict parse, decode and warnings: everything Get-MulticastAddressInfo does with text.</summary>
    [Benchmark(OperationsPerInvoke = 10_000, Description = "ParseDecodeWithWarnings")]
    public int ParseDecodeMixWithWarnings() => ParseDecodeWithWarnings(_lines);

    /// <summary>Strict parse and decode of the 40,000 IPv4 multicast lines: the cmdlet's Core work on real data.</summary>
    [Benchmark(OperationsPerInvoke = 40_000, Description = "ParseDecode, IPv4 multicast")]
    public int ParseDecodeIPv4() => ParseDecode(_ipv4);

    public static int Decode(IPAddressValue[] addresses)
    {
        int sum = 0;
        foreach (IPAddressValue address in addresses)
        {
            sum += MulticastAddressDecoder.Decode(address).Ff1 ?? 16;
        }

        return sum;
    }

    public static int DecodeWithWarnings(IPAddressValue[] addresses)
    {
        int sum = 0;
        foreach (IPAddressValue address in addresses)
        {
            sum += MulticastAddressDecoder.Decode(address).Warning.Count;
        }

        return sum;
    }

    public static int ParseDecodeWithWarnings(string[] lines)
    {
        int sum = 0;
        foreach (string line in lines)
        {
            sum += MulticastAddressDecoder.Decode(AddressParser.Parse(line)).Warning.Count;
        }

        return sum;
    }

    public static int ParseDecode(string[] lines)
    {
        int sum = 0;
        foreach (string line in lines)
        {
            sum += MulticastAddressDecoder.Decode(AddressParser.Parse(line)).Ff1 ?? 16;
        }

        return sum;
    }
}
