using Microsoft.EntityFrameworkCore.Migrations;

namespace OpenChannels.Portal.Data.Schema;

/// <summary>
/// One versioned, additive change to the schema, written as EF migration operations so that each engine gets its own SQL.
/// Steps are never edited once released: a new change is a new step.
/// </summary>
/// <param name="Version">The schema version after the step.</param>
/// <param name="Description">What changed, for the log and the version table.</param>
/// <param name="Up">The operations.</param>
public sealed record SchemaStep(int Version, string Description, Action<MigrationBuilder> Up)
{
    /// <summary>
    /// Whole new tables, created as the current model describes them. Only valid while those tables are unchanged by any later
    /// step: before a later step alters one of them, replace this list with explicit operations (the frozen-schema test will say).
    /// </summary>
    public IReadOnlyList<string> CreatesTables { get; init; } = [];

    public static SchemaStep NewTables(int version, string description, params IEnumerable<string>[] tables) =>
        new(version, description, _ => { }) { CreatesTables = [.. tables.SelectMany(t => t)] };
}
