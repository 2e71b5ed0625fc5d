using OpenChannels.Abstractions.Bots;
using OpenChannels.Portal.Bots;

namespace OpenChannels.Portal.Tests.Bots;

public sealed class FaqBotTests
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["rules"] = "preço, price => From 10 €.\nopening hours => 9 to 18.",
        ["handoverText"] = "One moment.",
    };

    [Theory]
    [InlineData("Qual o PRECO?", "From 10 €.")]
    [InlineData("what are your opening hours?", "9 to 18.")]
    public async Task Reply_KeywordIgnoringCaseAndAccents_AnswersAndStays(string text, string answer)
    {
        var reply = await new FaqBot().ReplyAsync(Session(text), CancellationToken.None);

        Assert.Equal(BotReply.Answer(answer), reply);
    }

    [Theory]
    [InlineData("I want a human")]
    [InlineData("hours of opening")]
    [InlineData("prices")]
    public async Task Reply_HandoverWordOrNoRule_TransfersToTheQueue(string text)
    {
        var reply = await new FaqBot().ReplyAsync(Session(text), CancellationToken.None);

        Assert.Equal(BotReply.Transfer("One moment."), reply);
    }

    private static BotSession Session(string text) => new(Guid.NewGuid(), "Maria", [new BotTurn(true, text, DateTimeOffset.UnixEpoch)], Settings);
}
