using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Tests.Plugins;

public sealed class AbiCompatibilityTests
{
    [Theory]
    [InlineData("1.0")]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void CheckManifest_OlderOrSameMinor_IsCompatible(string targetAbi)
    {
        Assert.Null(AbiCompatibility.CheckManifest(targetAbi));
    }

    [Theory]
    [InlineData("1.3", "targets Abstractions 1.3; this portal provides 1.2")]
    [InlineData("2.0", "targets Abstractions 2.0; this portal provides 1.2")]
    public void CheckManifest_NewerMinorOrOtherMajor_IsRefused(string targetAbi, string reason)
    {
        Assert.Equal(reason, AbiCompatibility.CheckManifest(targetAbi));
    }
}
