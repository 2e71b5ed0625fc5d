using System.Diagnostics;
using OpenChannels.Benchmarks.Reporting;

namespace OpenChannels.Benchmarks;

/// <summary>Runs the chosen scenarios one after the other, prints each result and writes it to the results file.</summary>
public static class BenchmarkRunner
{
    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(BenchOptions options, TextWriter log)
    {
        var results = new List<ScenarioResult>();
        var output = options.Output ?? (options.Smoke ? null : Path.Combine(RepositoryRoot(), "docs", "benchmarks.md"));
        foreach (var id in options.Scenarios)
        {
            var scenario = ScenarioCatalog.Create(id);
            var result = new ScenarioResult(scenario.Id, scenario.Title) { Command = Command(options, id) };
            result.Settings["runs"] = options.Runs.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result.Settings["database"] = options.Database;
            log.WriteLine($"== {scenario.Id} {scenario.Title}{(options.Smoke ? " (smoke)" : "")}");
            var clock = Stopwatch.StartNew();
            try
            {
                await scenario.RunAsync(options, result, log);
            }
            catch (Exception ex)
            {
                result.Error = $"{ex.GetType().Name}: {ex.Message}";
                log.WriteLine($"{scenario.Id} failed: {ex}");
            }

            result.Duration = clock.Elapsed;
            log.WriteLine(ResultsDocument.Render(result, id, options.Label));
            if (output is not null)
            {
                ResultsDocument.Write(output, result, options.Label);
            }

            results.Add(result);
        }

        return results;
    }

    private static string Command(BenchOptions options, string id)
    {
        var command = $"dotnet run -c Release --project tests/Benchmarks -- {id}";
        if (options.Runs != 3 && !options.Smoke)
        {
            command += $" --runs {options.Runs}";
        }

        if (options.IsPostgres)
        {
            command += " --db postgres --connection \"<connection string>\"";
        }

        if (options.Label is not null)
        {
            command += $" --label {options.Label}";
        }

        return options.Smoke ? command + " --smoke" : command;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenChannels.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
