namespace OpenChannels.Portal.Conversations;

/// <summary>What storing one batch of connector events did.</summary>
/// <param name="Messages">Each inbound message, new or a duplicate, so the caller can route new sessions after answering.</param>
/// <param name="NewComments">How many page comments the portal did not have before.</param>
public sealed record IngestResult(IReadOnlyList<IngestedMessage> Messages, int NewComments)
{
    /// <summary>The sessions this batch opened, which routing must hand to an agent.</summary>
    public IEnumerable<IngestedMessage> NewSessions => Messages.Where(m => m.NewSession && !m.Duplicate);
}
