using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/BrandWatch.Benchmarks -- --filter '*'   (bench/README.md)
BenchmarkSwitcher.FromAssembly(typeof(BrandWatch.Benchmarks.Repository).Assembly).Run(args);
