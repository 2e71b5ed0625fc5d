using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.Conversations;

/// <summary>Chooses who gets a conversation, by the channel's distribution mode. Pure, so every rule is tested without a database.</summary>
public static class AgentPicker
{
    /// <param name="channel">The channel, with its members.</param>
    /// <param name="available">Members who may take work now (enabled accounts).</param>
    /// <param name="load">Open conversations each agent holds in this channel.</param>
    /// <param name="after">Rotation resumes after this agent (round robin's last pick, or the agent who skips).</param>
    /// <param name="exclude">Agents who must not get it (the one skipping).</param>
    /// <returns>The agent's user id, or null when it goes to everyone (mode All, or nobody has room).</returns>
    public static string? Pick(Channel channel, IReadOnlySet<string> available, IReadOnlyDictionary<string, int> load, string? after, IReadOnlySet<string> exclude)
    {
        var queue = channel.Members.Where(m => m.InQueue && available.Contains(m.UserId)).OrderBy(m => m.Position).Select(m => m.UserId).ToList();
        bool HasRoom(string user) => !exclude.Contains(user) && (channel.MaxActiveChatsPerAgent is not { } max || load.GetValueOrDefault(user) < max);

        if (channel.Distribution == DistributionMode.All || queue.Count == 0)
        {
            return null;
        }

        if (channel.Distribution == DistributionMode.Strict && exclude.Count == 0)
        {
            return queue.FirstOrDefault(HasRoom);
        }

        // Round robin (and a skip in strict mode): walk the queue once, starting after the given agent.
        var start = after is null ? 0 : queue.IndexOf(after) + 1;
        return Enumerable.Range(0, queue.Count).Select(i => queue[(start + i) % queue.Count]).FirstOrDefault(HasRoom);
    }
}
