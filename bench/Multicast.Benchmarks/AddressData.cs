namespace Multicast.Benchmarks;

/// <summary>The fixed 10,000-address mix in bench/data/addresses-10k.txt (made by bench/make-addresses.py).</summary>
public static class AddressData
{
    public static string[] Lines() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "addresses-10k.txt"));

    public static IPAddressValue[] Parsed() => Lines().Select(AddressParser.Parse).ToArray();
}
