namespace OpenChannels.Portal.ContactCenter;

/// <summary>A stable colour per client, so a client's name stands out from the employees' and from other clients.</summary>
public static class ClientColor
{
    public static string Style(Guid clientId)
    {
        var hue = (int)((uint)clientId.GetHashCode() % 360);
        return $"color: hsl({hue}, 65%, 38%)";
    }
}
