namespace OpenChannels.Portal;

/// <summary>Marker for the portal's shared strings in Resources/SharedResource.*.resx (en, pt-BR, fr).</summary>
public sealed class SharedResource;
