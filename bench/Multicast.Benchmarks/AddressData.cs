namespace Multicast.Benchmarks;

/// <summary>The fixed 10,000-address mix in bench/data/addresses-10k.txt (made by bench/make-addresses.py).</summary>
public static class AddressData
{
    public static string[] Lines() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "addresses-10k.txt"));

    public static IPAddressValue[] Parsed() => Lines().Select(AddressParser.Parse).ToArray();

    /// <summary>
    /// The IPv4 multicast lines of the mix repeated to <paramref name="count"/>: what bench/Measure-CmdletRates.ps1
    /// gives the cmdlets, and what a router table or configuration export holds.
    /// </summary>
    public static string[] IPv4MulticastRepeated(int count)
    {
        string[] ipv4 = Lines().Where(line => AddressParser.Parse(line) is { IsIPv4: true, IsMulticast: true }).ToArray();
        return Enumerable.Range(0, count).Select(i => ipv4[i % ipv4.Length]).ToArray();
    }

    /// <summary>The 1-minute load average where the system says it (Linux), for the figures' context.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
