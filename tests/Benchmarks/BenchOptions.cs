namespace OpenChannels.Benchmarks;

/// <summary>What to run and how: parsed from the command line (see <see cref="Usage"/>).</summary>
public sealed record BenchOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project tests/Benchmarks -- <P1..P7|all>... [options]
          --runs N            repetitions per figure (median reported); default 3 (1 with --smoke)
          --smoke             tiny sizes and short windows: proves the harness works, figures mean nothing
          --db sqlite|postgres  the portal's database (default sqlite)
          --connection CS     connection string for --db postgres
          --label NAME        section label in the results file (e.g. before, after); default: none
          --out FILE          results file (default docs/benchmarks.md; --smoke writes nowhere unless given)
        """;

    public IReadOnlyList<string> Scenarios { get; init; } = [];

    public int Runs { get; init; } = 3;

    public bool Smoke { get; init; }

    public string Database { get; init; } = "sqlite";

    public string? ConnectionString { get; init; }

    public string? Label { get; init; }

    public string? Output { get; init; }

    public bool IsPostgres => string.Equals(Database, "postgres", StringComparison.OrdinalIgnoreCase);

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var scenarios = new List<string>();
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            options = args[i] switch
            {
                "--runs" => options with { Runs = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--smoke" => options with { Smoke = true },
                "--db" => options with { Database = Next() },
                "--connection" => options with { ConnectionString = Next() },
                "--label" => options with { Label = Next() },
                "--out" => options with { Output = Next() },
                var s when s.StartsWith("--", StringComparison.Ordinal) => throw new ArgumentException($"Unknown option {s}.\n{Usage}"),
                var s => Add(options, scenarios, s),
            };
        }

        if (scenarios.Count == 0)
        {
            throw new ArgumentException(Usage);
        }

        if (options.IsPostgres && string.IsNullOrEmpty(options.ConnectionString))
        {
            throw new ArgumentException("--db postgres needs --connection.");
        }

        var runs = args.Contains("--runs") ? options.Runs : options.Smoke ? 1 : options.Runs;
        return options with { Scenarios = scenarios, Runs = runs };
    }

    private static BenchOptions Add(BenchOptions options, List<string> scenarios, string name)
    {
        if (string.Equals(name, "all", StringComparison.OrdinalIgnoreCase))
        {
            scenarios.AddRange(ScenarioCatalog.Ids);
        }
        else if (ScenarioCatalog.Ids.Contains(name.ToUpperInvariant()))
        {
            scenarios.Add(name.ToUpperInvariant());
        }
        else
        {
            throw new ArgumentException($"Unknown scenario {name}.\n{Usage}");
        }

        return options;
    }
}
