using System.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenChannels.Portal.Identity;

namespace OpenChannels.Portal.Diagnostics;

/// <summary>
/// <c>GET /api/v1/diagnostics/memory</c> (administrators): the process's managed heap, working set and open Blazor circuits, so
/// memory per screen can be measured without attaching tools. <c>?collect=true</c> runs a full compacting collection first; that
/// pauses the process briefly, which is why only administrators may ask for it.
/// </summary>
public static class DiagnosticsApi
{
    public static RouteGroupBuilder MapDiagnosticsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/diagnostics").RequireAuthorization(p => p.RequireRole(Roles.Administrator));
        group.MapGet("/memory", Ok<MemorySnapshot> (bool? collect, CircuitCounter circuits) =>
        {
            if (collect == true)
            {
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            }

            using var process = System.Diagnostics.Process.GetCurrentProcess();
            return TypedResults.Ok(new MemorySnapshot(GC.GetTotalMemory(forceFullCollection: false), GC.GetGCMemoryInfo().HeapSizeBytes, process.WorkingSet64, circuits.Open));
        });
        return api;
    }
}
