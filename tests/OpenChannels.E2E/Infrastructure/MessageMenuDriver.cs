using Microsoft.Playwright;

namespace OpenChannels.E2E.Infrastructure;

/// <summary>Drives a chat message's "Message actions" menu the way an agent does.</summary>
public static class MessageMenuDriver
{
    /// <summary>
    /// Opens the menu of <paramref name="message"/> and picks <paramref name="entry"/>. On a busy machine the first click can
    /// land while the chat is still re-rendering its history and the menu closes again; an agent would click once more, so
    /// this does too, a few times, before it fails.
    /// </summary>
    public static async Task ChooseAsync(IPage page, ILocator message, string entry)
    {
        var button = message.GetByRole(AriaRole.Button, new() { Name = "Message actions" });
        var item = page.Locator(".rz-context-menu").GetByText(entry, new() { Exact = true });
        for (var attempt = 1; ; attempt++)
        {
            await button.ClickAsync();
            try
            {
                await item.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 5000 });
                break;
            }
            catch (TimeoutException) when (attempt < 4)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }

        await item.ClickAsync();
    }
}
