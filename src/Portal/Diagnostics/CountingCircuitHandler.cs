using Microsoft.AspNetCore.Components.Server.Circuits;

namespace OpenChannels.Portal.Diagnostics;

/// <summary>Keeps <see cref="CircuitCounter"/> up to date as circuits open and close.</summary>
public sealed class CountingCircuitHandler(CircuitCounter counter) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.Opened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.Closed();
        return Task.CompletedTask;
    }
}
