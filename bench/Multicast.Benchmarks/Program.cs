using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Multicast.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Multicast.Benchmarks.AddressData).Assembly).Run(args);
