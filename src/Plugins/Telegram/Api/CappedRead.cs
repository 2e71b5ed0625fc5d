namespace OpenChannels.Plugins.Telegram.Api;

/// <summary>Reads a stream into memory but stops one byte past the limit, so a lying Content-Length cannot exhaust memory.</summary>
internal static class CappedRead
{
    public static async Task<FileDownload> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return FileDownload.Of(buffer.ToArray());
            }

            if (buffer.Length + read > maxBytes)
            {
                return FileDownload.OverLimit();
            }

            buffer.Write(chunk, 0, read);
        }
    }
}
