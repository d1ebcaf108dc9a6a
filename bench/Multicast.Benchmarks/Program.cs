using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Multicast.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Multicast.Benchmarks -- --plain   (the same loops in a plain process)
if (args.Contains("--plain"))
{
    Multicast.Benchmarks.PlainProcessCheck.Run();
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Multicast.Benchmarks.AddressData).Assembly).Run(args);
}
