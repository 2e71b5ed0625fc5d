namespace OpenChannels.E2E.Infrastructure;

/// <summary>Every browser test shares the one portal and the one Chromium, and runs in order.</summary>
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "portal";
}
