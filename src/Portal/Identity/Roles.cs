namespace OpenChannels.Portal.Identity;

/// <summary>The three employee roles.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Supervisor = "Supervisor";
    public const string Agent = "Agent";

    public const string SupervisorOrAdministrator = Supervisor + "," + Administrator;

    public static IReadOnlyList<string> All { get; } = [Administrator, Supervisor, Agent];
}
