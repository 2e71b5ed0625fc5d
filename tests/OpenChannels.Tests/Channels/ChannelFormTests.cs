using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.Tests.Channels;

public sealed class ChannelFormTests
{
    [Fact]
    public void ToInput_RoundTrip_KeepsEverySettingAndTheQueueOrder()
    {
        var input = new ChannelInput
        {
            Name = "Support",
            IsEnabled = false,
            Distribution = DistributionMode.Strict,
            MaxActiveChatsPerAgent = 5,
            SkipAfterSeconds = 60,
            WorkingDays = [1, 2, 3],
            WorkStart = new TimeOnly(9, 0),
            WorkEnd = new TimeOnly(18, 0),
            TimeZone = "Europe/Paris",
            OffHoursMessage = "closed",
            WelcomeMessage = "hello",
            ClosingMessage = "bye",
            AutoCloseMinutes = 30,
            MaxPinMinutes = 120,
            RatingEnabled = true,
            CreateLeadForNewClients = false,
            Members = [new("a", true), new("b", false)],
        };

        var back = ChannelForm.From(input).ToInput();

        Assert.Equal(input with { WorkingDays = [], Members = null }, back with { WorkingDays = [], Members = null });
        Assert.Equal(input.WorkingDays, back.WorkingDays);
        Assert.Equal(input.Members, back.Members);
    }

    [Fact]
    public void Move_UpAndDown_ReordersTheQueueWithinBounds()
    {
        var form = ChannelForm.From(new ChannelInput { Name = "x", Members = [new("a"), new("b"), new("c")] });

        form.Move(2, -1);
        form.Move(0, -1);
        form.Move(2, 1);

        Assert.Equal(["a", "c", "b"], form.Members.Select(m => m.UserId));
    }
}
