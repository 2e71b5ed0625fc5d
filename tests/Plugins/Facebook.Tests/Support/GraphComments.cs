using System.Text.Json;
using OpenChannels.Plugins.Meta.Tests;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Facebook.Tests.Support;

/// <summary>
/// Comment data of the fake Page. Post A's first page is the real captured <c>graph_post_comments_list.json</c> (5 comments,
/// <c>paging.next</c>); its second page follows the same shape with two newer comments and no <c>next</c>; post B has none.
/// </summary>
internal static class GraphComments
{
    public const string PostA = "2121008874780932_2498598377021978";
    public const string PostB = "2121008874780932_2498000000000001";
    public const string SecondPageEnd = "QVFIUlNecondPageEndCursor";

    public static readonly string FirstPage = Fixtures.Text("facebook", "graph_post_comments_list.json");

    public static readonly string FirstPageAfter =
        JsonDocument.Parse(FirstPage).RootElement.GetProperty("paging").GetProperty("cursors").GetProperty("after").GetString()!;

    public static readonly IReadOnlyList<string> FirstPageIds =
        JsonDocument.Parse(FirstPage).RootElement.GetProperty("data").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();

    public static readonly GraphReply Posts = new(200, $$$"""
        {"data": [
          {"updated_time": "2019-12-28T09:00:00+0000", "id": "{{{PostA}}}"},
          {"updated_time": "2019-11-01T08:00:00+0000", "id": "{{{PostB}}}"}],
         "paging": {"cursors": {"before": "QVFIUmFirst", "after": "QVFIUmLast"} } }
        """);

    public static readonly string SecondPage = $$$"""
        {"data": [
          {"created_time": "2019-12-28T08:15:00+0000", "from": {"name": "Ana Souza", "id": "3311223344556677"},
           "message": "Is this still available?", "parent": {"created_time": "2019-12-27T10:34:56+0000", "message": "hey", "id": "2498598377021978_2509257622622720"},
           "permalink_url": "https://www.facebook.com/2121008874780932/posts/2498598377021978/?comment_id=2510000000000001",
           "id": "2498598377021978_2510000000000001"},
          {"created_time": "2019-12-28T08:59:00+0000", "from": {"name": "Kun Liu", "id": "2711636948859886"},
           "message": "Thanks!", "permalink_url": "https://www.facebook.com/2121008874780932/posts/2498598377021978/?comment_id=2510000000000002",
           "id": "2498598377021978_2510000000000002"}],
         "paging": {"cursors": {"before": "QVFIUlNecondPageStart", "after": "{{{SecondPageEnd}}}"} } }
        """;

    public static GraphReply Page(string postId, string? after) => (postId, after) switch
    {
        (PostA, null or "") => new GraphReply(200, FirstPage),
        (PostA, var a) when a == FirstPageAfter => new GraphReply(200, SecondPage),
        (PostA, SecondPageEnd) or (PostB, _) => new GraphReply(200, """{"data": []}"""),
        _ => GraphReply.Error(400, 100, 33, $"Unsupported get request. Object with ID '{postId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation."),
    };
}
