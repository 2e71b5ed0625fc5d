using System.Text.RegularExpressions;
using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.CannedResponses;

/// <summary>What makes a canned response valid.</summary>
public static partial class CannedResponseRules
{
    public const int MaxShortcut = 40;
    public const int MaxText = 4000;

    /// <summary>The cleaned shortcut (no leading '/', lower case), or the reason it is refused.</summary>
    public static (string Shortcut, string Text, Failure? Error) Check(CannedResponseInput input)
    {
        var shortcut = (input.Shortcut ?? "").Trim().TrimStart('/').ToLowerInvariant();
        var text = (input.Text ?? "").Trim();
        if (!ShortcutPattern().IsMatch(shortcut))
        {
            return (shortcut, text, Failure.Invalid($"A shortcut is 1 to {MaxShortcut} letters, digits, '-' or '_'."));
        }

        return text.Length is 0 or > MaxText
            ? (shortcut, text, Failure.Invalid($"A canned response needs text, at most {MaxText} characters."))
            : (shortcut, text, null);
    }

    [GeneratedRegex(@"^[\p{Ll}\p{Lo}\p{Nd}_-]{1,40}$")]
    private static partial Regex ShortcutPattern();
}
