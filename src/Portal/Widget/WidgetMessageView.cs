namespace OpenChannels.Portal.Widget;

/// <summary>One line of the visitor's history, as the widget shows it. Deleted lines keep their place and lose their content.</summary>
/// <param name="Id">The visitor's own id for their messages; <c>wc-{id}</c> for the portal's, as the plugin pushes them.</param>
/// <param name="From"><c>visitor</c>, <c>agent</c> or <c>bot</c> (automatic replies).</param>
/// <param name="State"><c>sent</c>, <c>delivered</c>, <c>read</c> or <c>failed</c>.</param>
/// <param name="Rated">For a rating question: the answer already given (<c>positive</c> or <c>negative</c>), else null.</param>
public sealed record WidgetMessageView(
    string Id,
    string From,
    string Text,
    DateTimeOffset At,
    bool Edited,
    bool Deleted,
    string State,
    IReadOnlyList<WidgetButtonView> Buttons,
    string? Rated,
    IReadOnlyList<WidgetFileView> Files);
