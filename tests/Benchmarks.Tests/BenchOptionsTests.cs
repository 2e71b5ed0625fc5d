namespace OpenChannels.Benchmarks.Tests;

public sealed class BenchOptionsTests
{
    [Fact]
    public void Parse_All_ExpandsToEveryScenarioInOrder() =>
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7"], BenchOptions.Parse(["all"]).Scenarios);

    [Fact]
    public void Parse_SmokeWithoutRuns_RunsOnce()
    {
        var options = BenchOptions.Parse(["p3", "--smoke"]);

        Assert.Equal(["P3"], options.Scenarios);
        Assert.Equal(1, options.Runs);
    }

    [Fact]
    public void Parse_PostgresWithConnection_IsPostgres()
    {
        var options = BenchOptions.Parse(["P1", "--db", "postgres", "--connection", "Host=127.0.0.1", "--runs", "5"]);

        Assert.True(options.IsPostgres);
        Assert.Equal(5, options.Runs);
    }

    [Theory]
    [InlineData("P9")]
    [InlineData("P1 --db postgres")]
    [InlineData("P1 --bogus")]
    public void Parse_BadArguments_ThrowsWithUsage(string args) =>
        Assert.Contains("usage", Assert.Throws<ArgumentException>(() => BenchOptions.Parse(args.Split(' '))).Message + BenchOptions.Usage, StringComparison.Ordinal);
}
