using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// Timelines: activities of a lead, contact or deal, newest first. Notes, calls and comments are logged by hand on a record the
/// actor can see; chat sessions are written by <see cref="CrmSessionRecorder"/> and only their links can be changed here.
/// </summary>
public sealed class ActivityService(IDbContextFactory<AppDbContext> factory, TimeProvider clock) : CrmRecords<Activity, ActivityInput>(factory, clock)
{
    public const int MaxBody = 200_000;

    protected override IReadOnlyList<string> Header { get; } = ["id", "kind", "subject", "internal", "lead_id", "contact_id", "deal_id", "created"];

    protected override IReadOnlyList<object?> Row(Activity a) => [a.Id, a.Kind, a.Subject, a.Internal, a.LeadId, a.ContactId, a.DealId, a.CreatedAt];

    protected override Activity New(ActivityInput input) => new() { Subject = "", Kind = input.Kind ?? ActivityKind.Note };

    protected override async Task<Failure?> ApplyAsync(AppDbContext db, Actor actor, Activity activity, ActivityInput input, CancellationToken cancellationToken)
    {
        var kind = input.Kind ?? activity.Kind;
        var isNew = activity.CreatedAt == default;
        if ((kind != activity.Kind && !isNew) || (isNew && kind is ActivityKind.ChatSession or ActivityKind.Form))
        {
            return Failure.Invalid("Chat sessions and form submissions are logged by the portal, and an activity keeps its kind; log a note, call or comment.");
        }

        var subject = Clean(input.Subject, 300) ?? Clean(input.Body, 80);
        if (subject is null || input.Body?.Length > MaxBody)
        {
            return Failure.Invalid($"An activity needs a subject or a body (at most {MaxBody} characters).");
        }

        var visible = await ChannelAccess.VisibleChannelsAsync(db, actor, cancellationToken);
        var links = new List<ICrmRecord?>();
        if (input.LeadId is { } l) links.Add(await db.Leads.AsNoTracking().FirstOrDefaultAsync(x => x.Id == l, cancellationToken));
        if (input.ContactId is { } c) links.Add(await db.Contacts.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c, cancellationToken));
        if (input.DealId is { } d) links.Add(await db.Deals.AsNoTracking().FirstOrDefaultAsync(x => x.Id == d, cancellationToken));
        if (links.Count == 0 || links.Any(r => r is null || (visible is not null && r.ChannelId is { } ch && !visible.Contains(ch))))
        {
            return Failure.Invalid("An activity belongs to a lead, contact or deal you can see.");
        }

        activity.Subject = subject;
        if (activity.Kind != ActivityKind.ChatSession)
        {
            activity.Body = input.Body ?? "";
        }

        activity.Internal = activity.Kind == ActivityKind.ChatSession ? activity.Internal : input.Internal;
        (activity.LeadId, activity.ContactId, activity.DealId) = (input.LeadId, input.ContactId, input.DealId);
        activity.ChannelId ??= links.Select(r => r!.ChannelId).FirstOrDefault(ch => ch is not null);
        activity.AuthorUserId ??= actor.UserId;
        return null;
    }

    protected override IQueryable<Activity> Filter(IQueryable<Activity> records, CrmQuery query) =>
        records.Where(a => (query.LeadId == null || a.LeadId == query.LeadId) && (query.ContactId == null || a.ContactId == query.ContactId)
            && (query.DealId == null || a.DealId == query.DealId));

    protected override IQueryable<Activity> Search(IQueryable<Activity> records, string term) =>
        records.Where(a => a.Subject.Contains(term) || a.Body.Contains(term));

    protected override IQueryable<Activity> Sort(IQueryable<Activity> records, string field, bool descending) => field switch
    {
        "kind" => Ordered(records, a => a.Kind, descending),
        "subject" => Ordered(records, a => a.Subject, descending),
        _ => Ordered(records, a => a.CreatedAt, field == "createdat" ? descending : !descending),
    };
}
