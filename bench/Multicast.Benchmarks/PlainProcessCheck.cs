using System.Diagnostics;

namespace Multicast.Benchmarks;

/// <summary>
/// The per-address figures of the BenchmarkDotNet suite, measured as a real process meets them: the same
/// loops, run once cold (the process's first call reads the registry and JIT-compiles the code at tier 0),
/// then again and again as an ordinary program would, with no warm-up phase and no pilot runs. Each line gives
/// the first pass, the median of the passes after it, and the same median in this thread's CPU time, which
/// other processes on a shared machine do not inflate.
/// Run: dotnet run -c Release --project bench/Multicast.Benchmarks -- --plain
/// </summary>
public static class PlainProcessCheck
{
    private const int Passes = 30;

    public static void Run()
    {
        string[] mix = AddressData.Lines();
        IPAddressValue[] parsedMix = mix.Select(AddressParser.Parse).ToArray();
        string[] ipv4 = AddressData.IPv4MulticastRepeated(40_000);
        IPAddressValue[] parsedIPv4 = ipv4.Select(AddressParser.Parse).ToArray();

        Console.WriteLine($"Plain process: .NET {Environment.Version}, {Environment.ProcessorCount} processors, load average {AddressData.LoadAverage()}, {Passes} passes each.");
        Console.WriteLine("ns per address: first pass (cold), then the median of the later passes, wall clock and this thread's CPU time.");
        Console.WriteLine();
        Console.WriteLine($"{"Loop",-48} {"first",9} {"median",9} {"CPU",9} {"alloc B",8}");

        // A cmdlet's first address pays for reading the registry and compiling the decoder.
        long first = Stopwatch.GetTimestamp();
        MulticastAddressDecoder.Decode(parsedIPv4[0]).Warning.ToString();
        Console.WriteLine($"{"First decode in the process (registry, JIT), ms",-48} {Stopwatch.GetElapsedTime(first).TotalMilliseconds,9:N1}");

        Measure("Decode, 10k mix (BenchmarkDotNet: Decode)", parsedMix.Length, () => DecodeBenchmarks.Decode(parsedMix));
        Measure("ParseAndReadScope, 10k mix", mix.Length, () => ParseAndClassifyBenchmarks.ParseAndReadScope(mix));
        Measure("DecodeWithWarnings, 10k mix", parsedMix.Length, () => DecodeBenchmarks.DecodeWithWarnings(parsedMix));
        Measure("ParseDecodeWithWarnings, 10k mix", mix.Length, () => DecodeBenchmarks.ParseDecodeWithWarnings(mix));
        Measure("Parse + Decode, 40k IPv4 multicast (the cmdlet)", ipv4.Length, () => DecodeBenchmarks.ParseDecode(ipv4));
        Measure("Decode, 40k IPv4 multicast", parsedIPv4.Length, () => DecodeBenchmarks.Decode(parsedIPv4));
    }

    private static void Measure(string name, int count, Func<int> loop)
    {
        var wall = new List<double>();
        var cpu = new List<double>();
        long allocated = 0;
        for (int pass = 0; pass < Passes; pass++)
        {
            double? cpuStart = ThreadCpuClock.Now();
            long allocatedStart = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            loop();
            wall.Add(Stopwatch.GetElapsedTime(start).TotalNanoseconds / count);
            allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedStart) / count;
            if (ThreadCpuClock.Now() is double cpuEnd && cpuStart is double cpuBegin)
            {
                cpu.Add((cpuEnd - cpuBegin) / count);
            }
        }

        string cpuText = cpu.Count == Passes ? Median(cpu.Skip(1)).ToString("N0") : "n/a";
        Console.WriteLine($"{name,-48} {wall[0],9:N0} {Median(wall.Skip(1)),9:N0} {cpuText,9} {allocated,8:N0}");
    }

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted[sorted.Length / 2];
    }
}
