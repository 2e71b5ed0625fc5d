using System.Net;
using System.Net.Http.Json;
using OpenChannels.Portal.Diagnostics;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Diagnostics;

public sealed class DiagnosticsApiTests
{
    [Fact]
    public async Task Memory_AdministratorAsksForACollection_GetsHeapAndWorkingSet()
    {
        await using var desk = await Desk.StartAsync();

        var memory = await desk.Api.GetFromJsonAsync<MemorySnapshot>("/api/v1/diagnostics/memory?collect=true", Desk.Json);

        Assert.NotNull(memory);
        Assert.InRange(memory.ManagedBytes, 1, memory.WorkingSetBytes);
        Assert.True(memory.HeapSizeBytes > 0);
        Assert.Equal(0, memory.OpenCircuits);
    }

    [Fact]
    public async Task Memory_Agent_IsForbidden()
    {
        await using var desk = await Desk.StartAsync();
        var (_, agent) = await desk.EmployeeAsync("agent@example.com");

        var response = await agent.GetAsync("/api/v1/diagnostics/memory?collect=true");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
