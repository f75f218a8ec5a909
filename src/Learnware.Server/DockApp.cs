using Learnware.Server.Accounts;
using Learnware.Server.Endpoints;
using Scalar.AspNetCore;

namespace Learnware.Server;

/// <summary>Builds the dock: its services, the HTTP pipeline and the endpoints; or, with <c>--worker-only</c>, the queue alone.</summary>
public static class DockApp
{
    private static readonly string[] OwnFlags = ["--no-seed", "--worker-only"];

    /// <summary>The dock's web application, listening on <see cref="DockOptions.DefaultUrl"/> unless configured otherwise.</summary>
    public static WebApplication BuildWeb(string[] args, DockOptions options)
    {
        var builder = WebApplication.CreateBuilder(args.Except(OwnFlags).ToArray());
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DockOptions.DefaultUrl);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxPackageBytes + 64 * 1024);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form => form.MultipartBodyLengthLimit = options.MaxPackageBytes);
        AddDock(builder.Services, options);
        builder.Services.AddDockAccounts();
        builder.Services.AddDockUploads();
        builder.Services.AddDockRateLimits();
        // After the accounts, so the admin account the seeded learnwares belong to exists.
        if (options.Seed)
            builder.Services.AddHostedService<DockSeeder>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DockProblems>();
        builder.Services.AddOpenApi();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseCredentialCheck();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapHealthEndpoints();
        app.MapAccountEndpoints();
        app.MapLearnwareEndpoints();
        app.MapSearchEndpoints();
        app.MapUploadEndpoints();
        app.MapAdminEndpoints();
        return app;
    }

    /// <summary>A verifier only, against the database shared with a dock: no HTTP API.</summary>
    public static IHost BuildWorker(string[] args, DockOptions options)
    {
        var builder = Host.CreateApplicationBuilder(args.Except(OwnFlags).ToArray());
        AddDock(builder.Services, options);
        return builder.Build();
    }

    private static void AddDock(IServiceCollection services, DockOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        // The market opens first, so the queue and the endpoints find it open.
        services.AddSingleton<DockMarket>();
        services.AddHostedService(sp => sp.GetRequiredService<DockMarket>());
        services.AddSingleton<VerificationQueue>();
        if (options.RunQueue)
            services.AddHostedService(sp => sp.GetRequiredService<VerificationQueue>());
    }
}
