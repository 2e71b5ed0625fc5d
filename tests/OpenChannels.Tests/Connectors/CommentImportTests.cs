using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Plugins.Testing;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Connections.Polling;
using OpenChannels.Portal.Tests.Connectors.Fakes;
using OpenChannels.Portal.Tests.Infrastructure;
using Quartz;

namespace OpenChannels.Portal.Tests.Connectors;

/// <summary>
/// The page comment import job against a fake Graph that pages comments two at a time: one run follows every page, the cursor
/// is kept across a restart, and a refused call is shown without losing the cursor.
/// </summary>
public sealed class CommentImportTests
{
    private const string NewCommentsAuthor = "Ana Souza";

    [Fact]
    public async Task Import_NewConnection_FollowsEveryPageInOneRunAndStoresEachCommentOnce()
    {
        var graph = await FakeMetaGraph.StartAsync();
        var onB = graph.Page.AddComment(FakeGraphPage.PostB, "2600000000000001", "3311223344556677", NewCommentsAuthor, "Do you ship to Porto?", new DateTimeOffset(2020, 1, 5, 10, 0, 0, TimeSpan.Zero));

        await using var desk = await StartAsync(graph);

        var poll = await WaitForRunAsync(desk, after: null, imported: 6);
        await using var db = desk.Db();
        var onA = graph.Page.CommentIds(FakeGraphPage.PostA);
        Assert.Equal(onA.Append(onB).Order(), (await db.PageComments.Select(c => c.CommentId).ToListAsync()).Order());
        var first = await db.PageComments.SingleAsync(c => c.CommentId == onA[0]);
        Assert.Equal(("Kun Liu", "2711636948859886", "Good job!😏", FakeGraphPage.PostA), (first.AuthorName, first.AuthorExternalId, first.Text, first.PostId));
        Assert.Equal("https://www.facebook.com/2121008874780932/posts/2498598377021978/?comment_id=2498617433686739", first.Permalink);
        Assert.Equal(new DateTimeOffset(2019, 12, 16, 12, 9, 40, TimeSpan.Zero), first.CreatedAt);
        Assert.Equal(6, poll.ImportedCount);
        Assert.NotNull(poll.Cursor);

        // Five comments two at a time: three pages of post A in the first run, each asked after the last comment of the page before.
        Assert.Equal([null, FakeGraphPage.Cursor(onA[1]), FakeGraphPage.Cursor(onA[3])], Afters(desk, FakeGraphPage.PostA).Take(3));
    }

    [Fact]
    public async Task Import_CommentsWrittenWhilePortalWasDown_ImportsOnlyTheNewOnesAfterRestart()
    {
        var data = PortalFactory.NewDataDirectory();
        var graph = await FakeMetaGraph.StartAsync();
        var connector = FacebookEndToEndTests.Connector(graph, FakeGraphPage.PageId);
        var first = await Desk.ConnectAsync(connector, dataDirectory: data, keepData: true);
        await using (first.Portal)
        {
            await WaitForRunAsync(first, after: null, imported: 5);
        }

        first.Api.Dispose();
        var lastImported = graph.Page.CommentIds(FakeGraphPage.PostA)[^1];
        var requestsBefore = graph.Server.Requests.Count;
        var stopped = DateTimeOffset.UtcNow;
        var written = new DateTimeOffset(2020, 2, 1, 9, 0, 0, TimeSpan.Zero);
        var fresh = new[]
        {
            graph.Page.AddComment(FakeGraphPage.PostA, "2700000000000001", "3311223344556677", NewCommentsAuthor, "Is this still available?", written),
            graph.Page.AddComment(FakeGraphPage.PostA, "2700000000000002", "3311223344556677", NewCommentsAuthor, "Which sizes?", written.AddMinutes(1)),
            graph.Page.AddComment(FakeGraphPage.PostA, "2700000000000003", "2711636948859886", "Kun Liu", "Thanks!", written.AddMinutes(2)),
        };

        await using var second = await Desk.ConnectAsync(connector, dataDirectory: data);
        var poll = await WaitForRunAsync(second, after: stopped, imported: 8);

        await using var db = second.Db();
        var ids = await db.PageComments.Select(c => c.CommentId).ToListAsync();
        Assert.Equal(8, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Subset(ids.ToHashSet(), fresh.ToHashSet());
        Assert.Equal(8, poll.ImportedCount);

        // After the restart the job continued from the stored cursor: never from the start, never again over old comments.
        var afterRestart = Afters(second, FakeGraphPage.PostA, skip: requestsBefore);
        Assert.Equal([FakeGraphPage.Cursor(lastImported), FakeGraphPage.Cursor(fresh[1])], afterRestart.Take(2));
        Assert.DoesNotContain(null, afterRestart);
    }

    [Fact]
    public async Task Import_GraphRefusesTheToken_ShowsTheErrorAndKeepsTheCursor()
    {
        var graph = await FakeMetaGraph.StartAsync();
        await using var desk = await StartAsync(graph);
        var before = await WaitForRunAsync(desk, after: null, imported: 5);
        graph.PostsAnswers.Enqueue((400, Fixtures.Text("facebook", "send_api_error_invalid_token.json")));

        Assert.True((await desk.Portal.Services.GetRequiredService<PollingService>().RunNowAsync(Actor.System, desk.ConnectionId, CancellationToken.None)).IsOk);

        var failed = await WaitForRunAsync(desk, after: null, imported: 5, success: false);
        Assert.Contains("The page access token is invalid or expired", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(before.Cursor, failed.Cursor);
        Assert.Equal(before.LastSuccessAt, failed.LastSuccessAt);
        var status = Assert.Single(await desk.Portal.Services.GetRequiredService<PollingService>().ListAsync(Actor.System, CancellationToken.None));
        Assert.Equal((desk.ConnectionId, "Facebook Messenger", 5L, false, failed.LastError), (status.ConnectionId, status.ConnectionName, status.ImportedCount, status.Running, status.LastError));
    }

    [Fact]
    public async Task Schedule_PollSecondsSetting_RunsTheImportAgainOnItsOwn()
    {
        await using var desk = await Desk.ConnectAsync(FacebookEndToEndTests.Connector(await FakeMetaGraph.StartAsync(), FakeGraphPage.PageId),
            environment: new Dictionary<string, string?> { ["OPENCHANNELS_POLL_SECONDS"] = "1" });
        var first = await WaitForRunAsync(desk, after: null, imported: 5);

        await WaitForRunAsync(desk, after: first.LastRunAt, imported: 5);

        var scheduler = await desk.Portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(new TriggerKey(PollSchedule.Key(desk.ConnectionId).Name, PollSchedule.Group)));
        Assert.Equal(TimeSpan.FromSeconds(1), trigger.RepeatInterval);
    }

    [Fact]
    public async Task Schedule_ConnectionDeactivatedActivatedDeleted_JobFollows()
    {
        await using var desk = await StartAsync(await FakeMetaGraph.StartAsync());
        await WaitForRunAsync(desk, after: null, imported: 5);
        var scheduler = await desk.Portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var connections = desk.Portal.Services.GetRequiredService<ConnectionService>();
        var key = PollSchedule.Key(desk.ConnectionId);
        Assert.True(await scheduler.Exists(key));

        await connections.SetActiveAsync(Actor.System, desk.ConnectionId, active: false, CancellationToken.None);
        Assert.False(await scheduler.Exists(key));
        await connections.SetActiveAsync(Actor.System, desk.ConnectionId, active: true, CancellationToken.None);
        Assert.True(await scheduler.Exists(key));
        (await desk.Api.DeleteAsync($"/api/v1/connections/{desk.ConnectionId}")).EnsureSuccessStatusCode();

        Assert.False(await scheduler.Exists(key));
        await using var db = desk.Db();
        Assert.False(await db.ConnectionPolls.AnyAsync());
        Assert.Equal(5, await db.PageComments.CountAsync());
    }

    internal static async Task<Desk> StartAsync(FakeMetaGraph graph) => await Desk.ConnectAsync(FacebookEndToEndTests.Connector(graph, FakeGraphPage.PageId));

    /// <summary>Waits until a run that started after <paramref name="after"/> has finished, with <paramref name="imported"/> comments imported in all.</summary>
    internal static async Task<ConnectionPoll> WaitForRunAsync(Desk desk, DateTimeOffset? after, long imported, bool success = true)
    {
        ConnectionPoll? poll = null;
        await Desk.EventuallyAsync(async () =>
        {
            await using var db = desk.Db();
            poll = await db.ConnectionPolls.AsNoTracking().SingleOrDefaultAsync(p => p.ConnectionId == desk.ConnectionId);
            return poll is { Running: false, LastRunAt: { } ran } && (after is null || ran > after) && poll.ImportedCount == imported
                   && (success ? poll.LastError is null && poll.LastSuccessAt is not null : poll.LastError is not null);
        }, $"an import run imported {imported} comments in all");
        return poll!;
    }

    /// <summary>The <c>after</c> cursor of each comments request for a post, in order.</summary>
    private static List<string?> Afters(Desk desk, string postId, int skip = 0) => desk.Outbox.Requests.Skip(skip)
        .Where(r => r.Method == "GET" && r.Path == $"/{FakeMetaGraph.Version}/{postId}/comments")
        .Select(r => QueryHelpers.ParseQuery(r.Query).TryGetValue("after", out var a) ? a.ToString() : null)
        .ToList();
}
