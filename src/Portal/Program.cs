using OpenChannels.Portal.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Serve package assets (Radzen) from the build output in every environment, not only Development; published apps carry them in wwwroot.
builder.WebHost.UseStaticWebAssets();
builder.AddPortal();
var app = builder.Build();
await app.UsePortalAsync();
await app.RunAsync();

/// <summary>The portal's entry point; public so host-level tests can start it.</summary>
public partial class Program;
