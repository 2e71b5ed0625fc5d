using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Tests.Plugins;

/// <summary>The watcher's settle rule: a changed folder loads only after staying the same for the whole quiet time.</summary>
public sealed class PluginFolderSettleTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    private static Dictionary<string, string> Folders(params (string Folder, string Signature)[] folders) =>
        folders.ToDictionary(f => f.Folder, f => f.Signature, StringComparer.Ordinal);

    private static TimeSpan Ms(int ms) => TimeSpan.FromMilliseconds(ms);

    [Fact]
    public void Observe_UnchangedSinceLoaded_LoadsNothing()
    {
        var settle = new PluginFolderSettle(Quiet);
        settle.Baseline(Folders(("telegram", "v1")));

        Assert.Empty(settle.Observe(Folders(("telegram", "v1")), Ms(0)));
        Assert.Empty(settle.Observe(Folders(("telegram", "v1")), Ms(5000)));
        Assert.Null(settle.NextDue);
    }

    [Fact]
    public void Observe_ReadAgainBeforeTheQuietTime_DoesNotLoadEvenWhenUnchanged()
    {
        var settle = new PluginFolderSettle(Quiet);
        settle.Baseline(Folders(("telegram", "v1")));

        Assert.Empty(settle.Observe(Folders(("telegram", "v2")), Ms(1000)));
        Assert.Empty(settle.Observe(Folders(("telegram", "v2")), Ms(1010))); // an early wake: same files, but not quiet long enough
        Assert.Empty(settle.Observe(Folders(("telegram", "v2")), Ms(1499)));
        Assert.Equal(Ms(1500), settle.NextDue);
        Assert.Equal([("telegram", "v2")], settle.Observe(Folders(("telegram", "v2")), Ms(1500)));
    }

    [Fact]
    public void Observe_FolderStillBeingWritten_StartsTheQuietTimeAgainOnEveryChange()
    {
        var settle = new PluginFolderSettle(Quiet);
        settle.Baseline(Folders(("telegram", "v1")));

        Assert.Empty(settle.Observe(Folders(("telegram", "half")), Ms(0)));
        Assert.Empty(settle.Observe(Folders(("telegram", "more")), Ms(400)));
        Assert.Empty(settle.Observe(Folders(("telegram", "v2")), Ms(800)));
        Assert.Empty(settle.Observe(Folders(("telegram", "v2")), Ms(1200)));
        Assert.Equal([("telegram", "v2")], settle.Observe(Folders(("telegram", "v2")), Ms(1300)));
    }

    [Fact]
    public void Observe_AfterLoaded_IsQuietUntilTheNextChange()
    {
        var settle = new PluginFolderSettle(Quiet);
        Assert.Empty(settle.Observe(Folders(("viber", "v1")), Ms(0)));
        var ready = Assert.Single(settle.Observe(Folders(("viber", "v1")), Ms(500)));
        settle.Loaded(ready.Folder, ready.Signature);

        Assert.Empty(settle.Observe(Folders(("viber", "v1")), Ms(2000)));
        Assert.Null(settle.NextDue);
    }

    [Fact]
    public void Retry_AfterAFailedLoad_WaitsAnotherQuietTime()
    {
        var settle = new PluginFolderSettle(Quiet);
        Assert.Empty(settle.Observe(Folders(("viber", "v1")), Ms(0)));
        Assert.Single(settle.Observe(Folders(("viber", "v1")), Ms(500)));
        settle.Retry("viber", Ms(510));

        Assert.Empty(settle.Observe(Folders(("viber", "v1")), Ms(600)));
        Assert.Single(settle.Observe(Folders(("viber", "v1")), Ms(1010)));
    }

    [Fact]
    public void Observe_FolderMovedAwayAndBack_LoadsItAgain()
    {
        var settle = new PluginFolderSettle(Quiet);
        settle.Baseline(Folders(("telegram", "v1")));

        Assert.Empty(settle.Observe(Folders(), Ms(0)));
        Assert.Empty(settle.Observe(Folders(("telegram", "v1")), Ms(100)));
        Assert.Equal([("telegram", "v1")], settle.Observe(Folders(("telegram", "v1")), Ms(600)));
    }
}
