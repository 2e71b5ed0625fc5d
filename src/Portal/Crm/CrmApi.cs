using System.Security.Claims;
using System.Text;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// <c>/api/v1/crm/{leads|contacts|deals|activities}</c>: list (<c>q</c>, <c>sort</c> with '-' for descending, <c>skip</c>, <c>take</c>;
/// <c>status</c> for leads, <c>stage</c> for deals, <c>responsible</c> (a user id, or <c>none</c>); activities also by <c>leadId</c>, <c>contactId</c>,
/// <c>dealId</c>), read, create, replace, delete; <c>/api/v1/crm/{leads|contacts|deals|activities|companies}.csv</c>
/// exports what the search finds. Records from a channel the caller cannot see answer 404.
/// </summary>
public static class CrmApi
{
    public static RouteGroupBuilder MapCrmApi(this RouteGroupBuilder api)
    {
        var crm = api.MapGroup("/crm");
        Map<Lead, LeadInput, LeadService>(crm, "leads", csv: true);
        Map<Contact, ContactInput, ContactService>(crm, "contacts", csv: true);
        Map<Deal, DealInput, DealService>(crm, "deals", csv: true);
        Map<Activity, ActivityInput, ActivityService>(crm, "activities", csv: true);
        crm.MapPost("/activities/{id:guid}/refresh", async (Guid id, ClaimsPrincipal user, ActivityService activities, CrmSessionRecorder recorder, CancellationToken ct) =>
        {
            var activity = await activities.GetAsync(Actor.From(user), id, ct);
            if (activity.Value?.SessionId is { } session)
            {
                await recorder.RefreshAsync(session, ct);
            }

            return (activity.IsOk ? await activities.GetAsync(Actor.From(user), id, ct) : activity).ToResult();
        });
        crm.MapPost("/leads/{id:guid}/merge", async (Guid id, MergeInput input, ClaimsPrincipal user, CrmMergeService merge, CancellationToken ct) =>
            (await merge.MergeLeadsAsync(Actor.From(user), id, input.OtherId, ct)).ToResult());
        crm.MapPost("/contacts/{id:guid}/merge", async (Guid id, MergeInput input, ClaimsPrincipal user, CrmMergeService merge, CancellationToken ct) =>
            (await merge.MergeContactsAsync(Actor.From(user), id, input.OtherId, ct)).ToResult());
        crm.MapCrmFormsApi();
        crm.MapGet("/companies", async (string? q, int? skip, int? take, ClaimsPrincipal user, CompanyService companies, CancellationToken ct) =>
            Results.Ok(await companies.ListAsync(Actor.From(user), q, skip ?? 0, take ?? 50, ct)));
        crm.MapGet("/companies.csv", CompaniesCsvAsync);
        var chat = api.MapGroup("/conversations/{id:guid}/crm");
        chat.MapGet("/", async (Guid id, ClaimsPrincipal user, CrmChatService crm, CancellationToken ct) => (await crm.RecordAsync(Actor.From(user), id, ct)).ToResult());
        chat.MapPost("/save", async (Guid id, SaveToCrmInput input, ClaimsPrincipal user, CrmChatService crm, CancellationToken ct) =>
            (await crm.SaveAsync(Actor.From(user), id, input, ct)).ToResult(d => Results.Created($"/api/v1/crm/deals/{d.Id}", d)));
        chat.MapPut("/details", async (Guid id, ContactInput input, ClaimsPrincipal user, CrmChatService crm, CancellationToken ct) =>
            (await crm.EditDetailsAsync(Actor.From(user), id, input, ct)).ToResult());
        chat.MapPost("/forms/{formId:guid}/send", async (Guid id, Guid formId, ClaimsPrincipal user, CrmFormService forms, CancellationToken ct) =>
            (await forms.SendAsync(Actor.From(user), id, formId, ct)).ToResult(m => Results.Created($"/api/v1/conversations/{id}/messages/{m}", new { messageId = m })));
        chat.MapPut("/link", async (Guid id, CrmLinkInput input, ClaimsPrincipal user, CrmChatService crm, CancellationToken ct) =>
            (await crm.LinkAsync(Actor.From(user), id, input, ct)).ToResult());
        return api;
    }

    /// <summary>The CSV exports for signed-in employees (the CRM page's export links).</summary>
    public static IEndpointRouteBuilder MapCrmExports(this IEndpointRouteBuilder endpoints)
    {
        var crm = endpoints.MapGroup("/crm").RequireAuthorization(ApiV1.CookieOrApiKey);
        MapCsv<Lead, LeadInput, LeadService>(crm, "leads");
        MapCsv<Contact, ContactInput, ContactService>(crm, "contacts");
        MapCsv<Deal, DealInput, DealService>(crm, "deals");
        MapCsv<Activity, ActivityInput, ActivityService>(crm, "activities");
        crm.MapGet("/companies.csv", CompaniesCsvAsync);
        return endpoints;
    }

    private static async Task<IResult> CompaniesCsvAsync(string? q, ClaimsPrincipal user, CompanyService companies, CancellationToken ct) =>
        Results.File(Encoding.UTF8.GetBytes(await companies.CsvAsync(Actor.From(user), q, ct)), "text/csv; charset=utf-8", "companies.csv");

    private static void Map<T, TInput, TService>(RouteGroupBuilder crm, string name, bool csv)
        where T : class, ICrmRecord
        where TService : CrmRecords<T, TInput>
    {
        var group = crm.MapGroup("/" + name).WithMetadata(new CrmResourceName(name));
        group.MapGet("/", (Delegate)CrmEndpoints<T, TInput, TService>.ListAsync);
        group.MapGet("/{id:guid}", (Delegate)CrmEndpoints<T, TInput, TService>.GetAsync);
        group.MapPost("/", (Delegate)CrmEndpoints<T, TInput, TService>.CreateAsync);
        group.MapPut("/{id:guid}", (Delegate)CrmEndpoints<T, TInput, TService>.UpdateAsync);
        group.MapDelete("/{id:guid}", (Delegate)CrmEndpoints<T, TInput, TService>.DeleteAsync);
        if (csv)
        {
            MapCsv<T, TInput, TService>(crm, name);
        }
    }

    private static void MapCsv<T, TInput, TService>(RouteGroupBuilder crm, string name)
        where T : class, ICrmRecord
        where TService : CrmRecords<T, TInput> =>
        crm.MapGet($"/{name}.csv", (Delegate)CrmEndpoints<T, TInput, TService>.CsvAsync).WithMetadata(new CrmResourceName(name));
}
