using OpenChannels.Abstractions.Bots;

namespace OpenChannels.Plugins.BusinessHours.Tests;

public sealed class BusinessHoursBotTests
{
    private static readonly DateTimeOffset MondayNoonParis = new(2026, 12, 7, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayNightParis = new(2026, 12, 7, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReplyAsync_DuringHours_HandsOverWithTheOpenText()
    {
        var reply = await ReplyAsync(MondayNoonParis, ("openText", "One moment, a colleague is coming."));

        Assert.Equal(BotReply.Transfer("One moment, a colleague is coming."), reply);
    }

    [Fact]
    public async Task ReplyAsync_OutsideHoursInTheChannelsTimeZone_AnswersWithTheHoursAndQueues()
    {
        var reply = await ReplyAsync(MondayNightParis);

        Assert.Equal(BotAction.Transfer, reply.Action);
        Assert.Equal("Thanks for your message! We are closed right now; our hours are mon-fri 09:00-18:00 (Europe/Paris). A colleague will answer as soon as we open.", reply.Text);
    }

    [Fact]
    public async Task ReplyAsync_OutsideHoursWithCloseOn_Closes()
    {
        var reply = await ReplyAsync(MondayNightParis, ("closeOutsideHours", "true"), ("closedText", "Closed until {hours}."));

        Assert.Equal(BotReply.Close("Closed until mon-fri 09:00-18:00."), reply);
    }

    [Theory]
    [InlineData("hours", "whenever")]
    [InlineData("timeZone", "Mars/Olympus")]
    public async Task ReplyAsync_SettingsItCannotRead_HandsOverSilently(string key, string value)
    {
        var reply = await ReplyAsync(MondayNightParis, (key, value));

        Assert.Equal(BotReply.Transfer(), reply);
    }

    private static ValueTask<BotReply> ReplyAsync(DateTimeOffset written, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string> { ["hours"] = "mon-fri 09:00-18:00", ["timeZone"] = "Europe/Paris" };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        var session = new BotSession(Guid.NewGuid(), "Maria", [new BotTurn(true, "Hello?", written)], settings);
        return new BusinessHoursBot().ReplyAsync(session, CancellationToken.None);
    }
}
