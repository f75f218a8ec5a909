using Learnware.Web.Catalog;
using Learnware.Web.Components;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Learnware.Web;

/// <summary>Adds the dock's web pages to a host that already serves the dock's API and provides its market.</summary>
public static class DockWeb
{
    /// <summary>
    /// The rate limiter policy the host defines for searches: the search page's work is held to it as the search API is
    /// (<see cref="Components.Pages.Search"/> names it), so neither is a way round the other's limit.
    /// </summary>
    public const string SearchRateLimitPolicy = "search";

    /// <summary>The Razor components, server-rendered, with WebAssembly for the interactive parts.</summary>
    public static WebApplicationBuilder AddDockWeb(this WebApplicationBuilder builder)
    {
        // Run from its build output (./run.sh, the tests) the dock serves the pages' files from where the build keeps
        // them, as listed in its static web assets manifest; a published dock has them in wwwroot and no manifest.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveWebAssemblyComponents();
        services.AddSingleton<DockCatalog>();
        services.AddSingleton<DockSearch>();
        services.AddSingleton<HeldSpecifications>();
        // HtmlSanitizer keeps per-call state: one per request.
        services.AddScoped<MarkdownHtml>();
        return builder;
    }

    /// <summary>The pages and their static assets, next to the endpoints under <c>/api</c>.</summary>
    public static WebApplication MapDockWeb(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        // Signing in is Identity's API (a cookie with useCookies=true); signing out is the web UI's, as only the UI holds that cookie.
        app.MapPost("/account/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            return Results.NoContent();
        }).ExcludeFromDescription();
        app.MapRazorComponents<App>()
            .AddInteractiveWebAssemblyRenderMode()
            .AddAdditionalAssemblies(typeof(Client._Imports).Assembly);
        return app;
    }
}
