using System.Security.Claims;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// <c>/api/v1/crm/forms</c> and <c>/api/v1/crm/custom-fields</c>: every employee reads them, administrators change them.
/// Sending a form in a chat is <c>POST /api/v1/conversations/{id}/crm/forms/{formId}/send</c> (see <see cref="CrmApi"/>).
/// </summary>
public static class CrmFormsApi
{
    public static RouteGroupBuilder MapCrmFormsApi(this RouteGroupBuilder crm)
    {
        var forms = crm.MapGroup("/forms");
        forms.MapGet("/", async (CrmFormService service, CancellationToken ct) => Results.Ok(await service.ListAsync(ct)));
        forms.MapGet("/{id:guid}", async (Guid id, CrmFormService service, CancellationToken ct) => (await service.GetAsync(id, ct)).ToResult());
        forms.MapPost("/", async (CrmFormInput input, ClaimsPrincipal user, CrmFormService service, CancellationToken ct) =>
            (await service.CreateAsync(Actor.From(user), input, ct)).ToResult(f => Results.Created($"/api/v1/crm/forms/{f.Id}", f)));
        forms.MapPut("/{id:guid}", async (Guid id, CrmFormInput input, ClaimsPrincipal user, CrmFormService service, CancellationToken ct) =>
            (await service.UpdateAsync(Actor.From(user), id, input, ct)).ToResult());
        forms.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, CrmFormService service, CancellationToken ct) =>
            (await service.DeleteAsync(Actor.From(user), id, ct)).NoContent());

        var fields = crm.MapGroup("/custom-fields");
        fields.MapGet("/", async (CustomFieldService service, CancellationToken ct) => Results.Ok(await service.ListAsync(null, ct)));
        fields.MapPost("/", async (CustomFieldInput input, ClaimsPrincipal user, CustomFieldService service, CancellationToken ct) =>
            (await service.CreateAsync(Actor.From(user), input, ct)).ToResult(f => Results.Created($"/api/v1/crm/custom-fields/{f.Id}", f)));
        fields.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, CustomFieldService service, CancellationToken ct) =>
            (await service.DeleteAsync(Actor.From(user), id, ct)).NoContent());
        return crm;
    }
}
