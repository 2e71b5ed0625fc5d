using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Portal.Tests.Connectors.Fakes;

/// <summary>
/// A Page's posts and their comments as Graph lists them: <c>/{page-id}/posts</c> newest first with <c>updated_time</c>, and
/// <c>/{post-id}/comments</c> in chronological order, paged with opaque cursors and a <c>paging.next</c> while more remain.
/// Post A starts with the five real comments of <c>graph_post_comments_list.json</c>; comments added later take the same shape.
/// </summary>
internal sealed class FakeGraphPage
{
    public const string PageId = "2121008874780932";
    public const string PostA = PageId + "_2498598377021978";
    public const string PostB = PageId + "_2498000000000001";

    private readonly Dictionary<string, List<JsonObject>> _comments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _updated = new(StringComparer.Ordinal);

    public FakeGraphPage()
    {
        var captured = JsonNode.Parse(Fixtures.Text("facebook", "graph_post_comments_list.json"))!["data"]!.AsArray();
        _comments[PostA] = captured.Select(c => c!.DeepClone().AsObject()).ToList();
        _updated[PostA] = captured.Max(c => Time(c!["created_time"]!.GetValue<string>()));
        _comments[PostB] = [];
        _updated[PostB] = new DateTimeOffset(2019, 11, 1, 8, 0, 0, TimeSpan.Zero);
    }

    /// <summary>Most comments Graph puts on one page, whatever <c>limit</c> asks; small, so paging shows.</summary>
    public int PageSize { get; set; } = 2;

    public IReadOnlyList<string> CommentIds(string postId)
    {
        lock (_comments)
        {
            return _comments[postId].Select(c => c["id"]!.GetValue<string>()).ToList();
        }
    }

    /// <summary>Someone comments on a post: the comment is listed last and the post's <c>updated_time</c> moves.</summary>
    public string AddComment(string postId, string commentNumber, string authorId, string authorName, string message, DateTimeOffset created)
    {
        var post = postId.Split('_')[1];
        var id = $"{post}_{commentNumber}";
        var comment = new JsonObject
        {
            ["created_time"] = Format(created),
            ["can_like"] = true,
            ["from"] = new JsonObject { ["name"] = authorName, ["id"] = authorId },
            ["message"] = message,
            ["like_count"] = 0,
            ["permalink_url"] = $"https://www.facebook.com/{PageId}/posts/{post}/?comment_id={commentNumber}",
            ["id"] = id,
            ["comment_count"] = 0,
            ["can_comment"] = true,
        };
        lock (_comments)
        {
            _comments[postId].Add(comment);
            _updated[postId] = created > _updated[postId] ? created : _updated[postId];
        }

        return id;
    }

    public string Posts()
    {
        lock (_comments)
        {
            var posts = _updated.OrderByDescending(p => p.Value)
                .Select(p => new JsonObject { ["updated_time"] = Format(p.Value), ["id"] = p.Key }).ToArray<JsonNode?>();
            return new JsonObject { ["data"] = new JsonArray(posts), ["paging"] = Paging(Cursor("post:first"), Cursor("post:last"), next: null) }.ToJsonString();
        }
    }

    /// <summary>One page of a post's comments after <paramref name="after"/>, or null when Graph would refuse the request.</summary>
    public string? Comments(string postId, string? after, int limit)
    {
        lock (_comments)
        {
            if (!_comments.TryGetValue(postId, out var all))
            {
                return null;
            }

            var start = string.IsNullOrEmpty(after) ? 0 : all.FindIndex(c => Cursor(c["id"]!.GetValue<string>()) == after) + 1;
            if (start == 0 && !string.IsNullOrEmpty(after))
            {
                return null;
            }

            var page = all.Skip(start).Take(Math.Min(limit, PageSize)).ToList();
            if (page.Count == 0)
            {
                return """{"data": []}""";
            }

            var last = Cursor(page[^1]["id"]!.GetValue<string>());
            var next = start + page.Count < all.Count
                ? $"https://graph.facebook.com/v25.0/{postId}/comments?access_token=REDACTED&order=chronological&limit={limit}&after={last}"
                : null;
            return new JsonObject
            {
                ["data"] = new JsonArray(page.Select(c => c.DeepClone()).ToArray()),
                ["paging"] = Paging(Cursor(page[0]["id"]!.GetValue<string>()), last, next),
            }.ToJsonString();
        }
    }

    private static JsonObject Paging(string before, string after, string? next)
    {
        var paging = new JsonObject { ["cursors"] = new JsonObject { ["before"] = before, ["after"] = after } };
        if (next is not null)
        {
            paging["next"] = next;
        }

        return paging;
    }

    /// <summary>The cursor that points just after comment <paramref name="id"/>. Graph's are opaque base64; the fake's encode the id.</summary>
    public static string Cursor(string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes("comment_cursor:" + id)).TrimEnd('=');

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string graphTime) =>
        DateTimeOffset.ParseExact(graphTime, "yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
