using System.Text;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// The handlers every CRM resource shares; <see cref="CrmApi"/> maps them once per resource. They take only the HttpContext (the
/// service and the body are resolved here) because the route analyzer cannot read handler parameters of a generic type.
/// </summary>
public static class CrmEndpoints<T, TInput, TService>
    where T : class, ICrmRecord
    where TService : CrmRecords<T, TInput>
{
    public static async Task<IResult> ListAsync(HttpContext http) =>
        Results.Ok(await Records(http).ListAsync(Actor.From(http.User), Query(http), http.RequestAborted));

    public static async Task<IResult> GetAsync(HttpContext http) =>
        (await Records(http).GetAsync(Actor.From(http.User), Id(http), http.RequestAborted)).ToResult();

    public static async Task<IResult> CreateAsync(HttpContext http) => await BodyAsync(http) is not { } input
        ? Invalid()
        : (await Records(http).CreateAsync(Actor.From(http.User), input, http.RequestAborted)).ToResult(r => Results.Created($"/api/v1/crm/{Name(http)}/{r.Id}", r));

    public static async Task<IResult> UpdateAsync(HttpContext http) => await BodyAsync(http) is not { } input
        ? Invalid()
        : (await Records(http).UpdateAsync(Actor.From(http.User), Id(http), input, http.RequestAborted)).ToResult();

    public static async Task<IResult> DeleteAsync(HttpContext http) =>
        (await Records(http).DeleteAsync(Actor.From(http.User), Id(http), http.RequestAborted)).NoContent();

    public static async Task<IResult> CsvAsync(HttpContext http) => Results.File(
        Encoding.UTF8.GetBytes(await Records(http).CsvAsync(Actor.From(http.User), Query(http), http.RequestAborted)), "text/csv; charset=utf-8", $"{Name(http)}.csv");

    private static TService Records(HttpContext http) => http.RequestServices.GetRequiredService<TService>();

    private static Guid Id(HttpContext http) => Guid.Parse((string)http.GetRouteValue("id")!);

    private static async Task<TInput?> BodyAsync(HttpContext http)
    {
        try
        {
            return await http.Request.ReadFromJsonAsync<TInput>(http.RequestAborted);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            return default;
        }
    }

    private static IResult Invalid() => Results.Problem("The body must be a JSON object of the record's fields.", statusCode: StatusCodes.Status400BadRequest);

    private static CrmQuery Query(HttpContext http)
    {
        var q = http.Request.Query;
        static int? Int(string? s) => int.TryParse(s, out var v) ? v : null;
        static Guid? Id(string? s) => Guid.TryParse(s, out var v) ? v : null;
        return new CrmListRequest(q["q"], q["sort"], Int(q["skip"]), Int(q["take"]), Id(q["leadId"]), Id(q["contactId"]), Id(q["dealId"]))
        {
            Status = Enum.TryParse<LeadStatus>(q["status"], true, out var status) ? status : null,
            Stage = Enum.TryParse<DealStage>(q["stage"], true, out var stage) ? stage : null,
            Responsible = q["responsible"],
        }.ToQuery();
    }

    private static string Name(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<CrmResourceName>()?.Name ?? "records";
}
