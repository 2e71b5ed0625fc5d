using System.Text.Json;

namespace OpenChannels.Plugins.Meta;

/// <summary>Reads the <c>{object, entry[]}</c> envelope; each entry may carry messaging items and changes, and all are processed.</summary>
internal static class MetaEnvelopeReader
{
    /// <summary>Returns the mapped batch, or null with <paramref name="error"/> set when the body is not a usable envelope.</summary>
    public static InboundBatch? Read(ReadOnlyMemory<byte> body, MetaChannel channel, DateTimeOffset receivedAt, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return ReadRoot(document.RootElement, channel, receivedAt, out error);
        }
        catch (JsonException ex)
        {
            error = $"body is not valid JSON: {ex.Message}";
        }
        catch (InvalidOperationException ex)
        {
            error = $"body has an unexpected shape: {ex.Message}";
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            // Valid JSON whose values are out of range (a timestamp past year 9999) or of the wrong kind.
            error = $"body has an unreadable value: {ex.Message}";
        }

        return null;
    }

    private static InboundBatch? ReadRoot(JsonElement root, MetaChannel channel, DateTimeOffset receivedAt, out string? error)
    {
        var kind = root.ValueKind == JsonValueKind.Object ? root.Str("object") : null;
        if (kind != channel.ExpectedObject)
        {
            error = $"envelope object is '{kind}', expected '{channel.ExpectedObject}'";
            return null;
        }

        if (root.Child("entry") is not { ValueKind: JsonValueKind.Array } entries)
        {
            error = "envelope has no entry array";
            return null;
        }

        var batch = new InboundBatch();
        foreach (var entry in entries.EnumerateArray())
        {
            var entryId = entry.Str("id") ?? channel.BusinessId;
            foreach (var item in entry.Items("messaging"))
            {
                MessagingEventMapper.Map(item, entryId, channel, receivedAt, batch);
            }

            foreach (var change in entry.Items("changes"))
            {
                channel.ChangeMapper?.Invoke(change, entryId, receivedAt, batch);
            }
        }

        error = null;
        return batch;
    }
}
