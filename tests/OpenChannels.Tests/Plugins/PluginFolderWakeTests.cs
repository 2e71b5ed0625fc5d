using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Tests.Plugins;

/// <summary>The early wake of the plugin watcher: a folder moved into <c>plugins/</c> ends the poll's wait.</summary>
public sealed class PluginFolderWakeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "oc-wake-" + Guid.NewGuid().ToString("N"));

    public PluginFolderWakeTests() => Directory.CreateDirectory(Path.Combine(_root, "plugins"));

    [Fact]
    public async Task WaitAsync_FolderMovedIn_EndsTheWaitEarly()
    {
        var plugins = Path.Combine(_root, "plugins");
        using var wake = new PluginFolderWake(plugins);
        Assert.True(wake.Watching);
        var staged = Path.Combine(_root, "staged"); // beside plugins/, so the move is the only event
        Directory.CreateDirectory(staged);
        await File.WriteAllTextAsync(Path.Combine(staged, "plugin.json"), "{}");

        var waiting = wake.WaitAsync(Timeout.InfiniteTimeSpan, CancellationToken.None);
        Directory.Move(staged, Path.Combine(plugins, "telegram"));

        Assert.Same(waiting, await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromSeconds(30))));
    }

    [Fact]
    public async Task WaitAsync_NoFolder_OnlyWaitsTheTimeout()
    {
        using var wake = new PluginFolderWake(Path.Combine(_root, "missing"));

        Assert.False(wake.Watching);
        await wake.WaitAsync(TimeSpan.FromMilliseconds(1), CancellationToken.None);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
