namespace OpenChannels.Portal.Crm;

/// <summary>Registers the built-in CRM's services.</summary>
public static class CrmServiceCollectionExtensions
{
    public static IServiceCollection AddCrm(this IServiceCollection services)
    {
        services.AddSingleton<CommentAuthors>();
        services.AddSingleton<PageCommentStore>();
        services.AddSingleton<PageCommentService>();
        services.AddSingleton<LeadService>();
        services.AddSingleton<ContactService>();
        services.AddSingleton<DealService>();
        services.AddSingleton<ActivityService>();
        services.AddSingleton<CrmSessionRecorder>();
        services.AddSingleton<CrmChatService>();
        services.AddSingleton<CrmMergeService>();
        services.AddSingleton<CrmFormTokens>();
        services.AddSingleton<CrmFormService>();
        services.AddSingleton<CrmFormSubmissions>();
        services.AddSingleton<CommentFeed>();
        services.AddSingleton<CustomFieldService>();
        services.AddSingleton<CompanyService>();
        services.AddSingleton<CrmEmployees>();
        services.AddHostedService<CrmTranscriptUpdater>();
        return services;
    }
}
