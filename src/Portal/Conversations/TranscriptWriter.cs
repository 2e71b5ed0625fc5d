using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Localization;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// The whole history of a conversation as a readable file (plain text or a self-contained HTML page): times, authors, system lines
/// in the reader's language, whispers marked. Everything from outside is HTML-encoded.
/// </summary>
public sealed class TranscriptWriter(IDbContextFactory<AppDbContext> factory, IStringLocalizer<SharedResource> localizer)
{
    public async Task<Outcome<string>> WriteAsync(Actor actor, Guid id, bool html, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var conversation = await db.Conversations.AsNoTracking().Include(c => c.Client).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (conversation is null || !await ChannelAccess.CanSeeChannelAsync(db, actor, conversation.ChannelId, cancellationToken))
        {
            return Failure.NotFound("conversation not found");
        }

        var lines = await LinesAsync(db, conversation, null, cancellationToken);
        return html ? Html(Title(conversation), lines) : Text(Title(conversation), lines);
    }

    /// <summary>
    /// One session's part of the history, as plain text (the CRM's chat activity), read through <paramref name="db"/> so the caller
    /// can write it in its own transaction. <paramref name="conversation"/> must come with its client.
    /// </summary>
    public async Task<string> WriteSessionAsync(AppDbContext db, Conversation conversation, Guid sessionId, CancellationToken cancellationToken) =>
        Text(Title(conversation), await LinesAsync(db, conversation, sessionId, cancellationToken));

    private static string Title(Conversation conversation) => conversation.Title ?? conversation.Client?.Name ?? conversation.Id.ToString();

    private async Task<List<(int Session, string Time, string Author, string Text, MessageKind Kind)>> LinesAsync(
        AppDbContext db, Conversation conversation, Guid? onlySession, CancellationToken cancellationToken)
    {
        var id = conversation.Id;
        var messages = await db.Messages.AsNoTracking().Where(m => m.ConversationId == id && (onlySession == null || m.SessionId == onlySession))
            .OrderBy(m => m.Id).ToListAsync(cancellationToken);

        // Only the employees who wrote here and the sessions that appear: a session's transcript is rewritten as its chat goes on.
        var authors = messages.Select(m => m.AuthorUserId).OfType<string>().Distinct().ToList();
        var names = authors.Count == 0 ? new Dictionary<string, string>()
            : await db.Users.AsNoTracking().Where(u => authors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var sessionIds = messages.Select(m => m.SessionId).Distinct().ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Number, cancellationToken);
        var lines = new List<(int Session, string Time, string Author, string Text, MessageKind Kind)>(messages.Count);
        foreach (var m in messages)
        {
            var author = m.Kind switch
            {
                MessageKind.Client => conversation.Client?.Name ?? "",
                MessageKind.Agent or MessageKind.Whisper => names.GetValueOrDefault(m.AuthorUserId ?? "") ?? "",
                MessageKind.Auto => localizer["Transcript.Auto"],
                _ => localizer["Transcript.System"],
            };
            var text = m.DeletedAt is not null ? localizer["Transcript.Deleted"]
                : m.Kind == MessageKind.System ? localizer[m.Text, SystemLine.Arguments(m)]
                : m.Kind == MessageKind.Whisper ? $"[{localizer["Transcript.Whisper"]}] {m.Text}"
                : m.Text;
            text = m.EditedAt is not null && m.DeletedAt is null ? $"{text} ({localizer["Transcript.Edited"]})" : text;
            lines.Add((sessions.GetValueOrDefault(m.SessionId), m.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture), author, text, m.Kind));
        }

        return lines;
    }

    private string Text(string title, List<(int Session, string Time, string Author, string Text, MessageKind Kind)> lines)
    {
        var text = new StringBuilder().Append(title).Append('\n');
        var session = 0;
        foreach (var line in lines)
        {
            if (line.Session != session)
            {
                session = line.Session;
                text.Append('\n').Append("== ").Append(localizer["Transcript.Session", session]).Append(" ==\n");
            }

            text.Append('[').Append(line.Time).Append("] ").Append(line.Author).Append(": ").Append(line.Text).Append('\n');
        }

        return text.ToString();
    }

    private string Html(string title, List<(int Session, string Time, string Author, string Text, MessageKind Kind)> lines)
    {
        var e = HtmlEncoder.Default;
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(e.Encode(title))
            .Append("</title><style>body{font-family:sans-serif;max-width:50rem;margin:2rem auto}.t{color:#777;font-size:.8em}.System,.Whisper{color:#666;font-style:italic}h2{font-size:1em;border-bottom:1px solid #ccc}</style></head><body><h1>")
            .Append(e.Encode(title)).Append("</h1>");
        var session = 0;
        foreach (var line in lines)
        {
            if (line.Session != session)
            {
                session = line.Session;
                html.Append("<h2>").Append(e.Encode(localizer["Transcript.Session", session])).Append("</h2>");
            }

            html.Append("<p class=\"").Append(line.Kind).Append("\"><span class=\"t\">").Append(e.Encode(line.Time)).Append("</span> <b>")
                .Append(e.Encode(line.Author)).Append("</b>: ").Append(e.Encode(line.Text).Replace("&#xA;", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }
}
