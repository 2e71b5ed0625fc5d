using Microsoft.AspNetCore.Components.Server.Circuits;

namespace OpenChannels.Portal.Diagnostics;

public static class DiagnosticsServiceCollectionExtensions
{
    public static IServiceCollection AddDiagnostics(this IServiceCollection services)
    {
        services.AddSingleton<CircuitCounter>();
        services.AddScoped<CircuitHandler, CountingCircuitHandler>();
        return services;
    }
}
