using Microsoft.Extensions.Logging;

namespace OpenChannels.Portal.Tests.Infrastructure;

/// <summary>One log entry the portal wrote: its category, level, rendered text and structured fields.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Fields, Exception? Exception);
