namespace OpenChannels.Portal.Uploads;

/// <summary>Reads an upload into memory, stopping as soon as it passes the limit, whatever size the sender claimed.</summary>
public static class CappedRead
{
    /// <summary>The bytes, or null when there are more than <paramref name="maxBytes"/>.</summary>
    public static async Task<MemoryStream?> ReadAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                await buffer.DisposeAsync();
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer;
    }
}
