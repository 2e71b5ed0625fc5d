using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Plugins.Testing;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Tests.Connectors;
using OpenChannels.Portal.Tests.Connectors.Fakes;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Crm;

/// <summary>Page comments in the CRM: their authors become leads with the comments on their timeline; comments are handled and published live.</summary>
public sealed class CrmCommentTests
{
    [Fact]
    public async Task CommentImport_AuthorsBecomeLeadsWithTheirComments_AndADeliveryTwiceLogsOnce()
    {
        await using var desk = await PageCommentTests.ImportedAsync(await FakeMetaGraph.StartAsync());
        var changes = new ConcurrentBag<CommentChange>();
        using var subscription = desk.Portal.Services.GetRequiredService<CommentFeed>().Subscribe(changes.Add);
        var add = Fixtures.Bytes("facebook", "feed_comment_add.json");
        (await desk.DeliverAsync(add, MetaDelivery.Signed(add))).EnsureSuccessStatusCode();
        (await desk.DeliverAsync(add, MetaDelivery.Signed(add))).EnsureSuccessStatusCode();

        await using var db = desk.Db();
        var comments = await db.PageComments.AsNoTracking().ToListAsync();
        Assert.Equal(6, comments.Count);
        var authors = comments.Select(c => c.AuthorExternalId).Distinct().ToList();
        Assert.Equal(authors.Count, await db.Leads.CountAsync());
        Assert.Equal(authors.Count, await db.CommentAuthorLinks.CountAsync(l => l.LeadId != null));
        var tester = await db.Leads.SingleAsync(l => l.Name == "Tester");
        Assert.Equal("facebook:1234567890321", tester.ChannelIdentity);
        Assert.Equal(desk.ChannelId, tester.ChannelId);
        var logged = await db.Activities.Where(a => a.Kind == ActivityKind.Comment).ToListAsync();
        Assert.Equal(6, logged.Count);
        Assert.Equal("and the next one", Assert.Single(logged, a => a.LeadId == tester.Id).Body);
        var kun = await db.Leads.SingleAsync(l => l.Name == "Kun Liu");
        Assert.Contains(logged, a => a.LeadId == kun.Id && a.Body == "Good job!😏");

        var views = await PageCommentTests.ListAsync(desk.Api, desk.ConnectionId);
        Assert.All(views, v => Assert.NotNull(v.CrmUrl));
        Assert.Equal($"/crm/leads/{tester.Id}", Assert.Single(views, v => v.AuthorName == "Tester").CrmUrl);
        Assert.Single(changes, c => c.CommentId == comments.Single(x => x.AuthorName == "Tester").Id && c.ChannelId == desk.ChannelId);
    }

    [Fact]
    public async Task MarkHandled_ThenOpenAgain_StatusFollows_AndAnOutsiderCannot()
    {
        await using var desk = await PageCommentTests.ImportedAsync(await FakeMetaGraph.StartAsync());
        var comment = (await PageCommentTests.ListAsync(desk.Api, desk.ConnectionId))[0];
        var (_, outsider) = await desk.EmployeeAsync("outsider@example.com");
        var changes = new ConcurrentBag<CommentChange>();
        using var subscription = desk.Portal.Services.GetRequiredService<CommentFeed>().Subscribe(changes.Add);

        var handled = await desk.Api.PostAsync($"/api/v1/comments/{comment.Id}/handled", null);
        handled.EnsureSuccessStatusCode();
        Assert.Equal(PageCommentStatus.Handled, (await handled.Content.ReadFromJsonAsync<PageCommentView>(Desk.Json))!.Status);
        Assert.Equal(PageCommentStatus.Handled, (await PageCommentTests.ListAsync(desk.Api, desk.ConnectionId)).Single(c => c.Id == comment.Id).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.DeleteAsync($"/api/v1/comments/{comment.Id}/handled")).StatusCode);
        Assert.Equal(PageCommentStatus.Handled, (await PageCommentTests.ListAsync(desk.Api, desk.ConnectionId)).Single(c => c.Id == comment.Id).Status);

        (await desk.Api.DeleteAsync($"/api/v1/comments/{comment.Id}/handled")).EnsureSuccessStatusCode();
        Assert.Equal(PageCommentStatus.New, (await PageCommentTests.ListAsync(desk.Api, desk.ConnectionId)).Single(c => c.Id == comment.Id).Status);
        Assert.Equal(2, changes.Count(c => c.CommentId == comment.Id));
    }

    [Fact]
    public async Task MergeLeads_OfACommentAuthor_TheirNextCommentGoesToTheKeptLead()
    {
        await using var desk = await PageCommentTests.ImportedAsync(await FakeMetaGraph.StartAsync());
        var kept = (await desk.Api.PostAsJsonAsync("/api/v1/crm/leads", new LeadInput("Tester T."), Desk.Json));
        var keep = (await kept.Content.ReadFromJsonAsync<Lead>(Desk.Json))!;
        var add = Fixtures.Bytes("facebook", "feed_comment_add.json");
        (await desk.DeliverAsync(add, MetaDelivery.Signed(add))).EnsureSuccessStatusCode();
        Guid tester;
        await using (var db = desk.Db())
        {
            tester = (await db.Leads.SingleAsync(l => l.Name == "Tester")).Id;
        }

        (await desk.Api.PostAsJsonAsync($"/api/v1/crm/leads/{keep.Id}/merge", new MergeInput(tester), Desk.Json)).EnsureSuccessStatusCode();

        await using var check = desk.Db();
        Assert.Equal(keep.Id, (await check.CommentAuthorLinks.SingleAsync(l => l.AuthorExternalId == "1234567890321")).LeadId);
        Assert.Single(await check.Activities.Where(a => a.Kind == ActivityKind.Comment && a.LeadId == keep.Id).ToListAsync());
    }
}
