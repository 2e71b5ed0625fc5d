namespace OpenChannels.Plugins.Telegram.Tests.Fakes;

/// <summary>One uploaded file of a recorded form.</summary>
internal sealed record RecordedFile(string FileName, string? ContentType, byte[] Content);
