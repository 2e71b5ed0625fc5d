namespace OpenChannels.Portal.Channels;

/// <summary>A channel as the UI and the API show it.</summary>
public sealed record ChannelView(Guid Id, DateTimeOffset CreatedAt, ChannelInput Settings, IReadOnlyList<ChannelMemberInput> Members, int Connections)
{
    public static ChannelView From(Channel c, int connections)
    {
        var members = c.Members.OrderBy(m => m.Position).Select(m => new ChannelMemberInput(m.UserId, m.InQueue)).ToList();
        return new ChannelView(c.Id, c.CreatedAt, ChannelSettingsMapper.ToInput(c) with { Members = members }, members, connections);
    }
}
