using OpenChannels.Benchmarks;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var results = await BenchmarkRunner.RunAsync(options, Console.Out);
return results.All(r => r.Error is null) ? 0 : 1;
