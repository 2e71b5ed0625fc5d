using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace OpenChannels.E2E.Infrastructure;

/// <summary>
/// Playwright's own 5-second default for <c>Expect</c> is too short on a loaded 2-core CI machine, where the browser tests run
/// beside the host tests; every expectation in this assembly waits up to 15 seconds unless it says otherwise.
/// </summary>
internal static class PlaywrightDefaults
{
    [ModuleInitializer]
    internal static void Apply() => Assertions.SetDefaultExpectTimeout(15_000);
}
