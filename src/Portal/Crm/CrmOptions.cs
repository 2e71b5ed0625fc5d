using Microsoft.Extensions.Localization;

namespace OpenChannels.Portal.Crm;

/// <summary>Drop-down choices of an enum, labelled by the strings "<c>prefix</c>.Value".</summary>
public static class CrmOptions
{
    public static IReadOnlyList<CrmOption> Of<TEnum>(IStringLocalizer localizer, string prefix)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new CrmOption(v.ToString(), localizer[prefix + v])).ToList();
}
