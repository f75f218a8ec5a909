using Learnware.Client;

namespace Learnware.Cli.Remote;

/// <summary>The dock a remote command talks to and the token it sends: the environment's, else the saved ones.</summary>
internal sealed record DockConnection(Uri Server, string? Token)
{
    /// <summary>Resolves the connection.</summary>
    /// <exception cref="UsageException">No dock is named, or its URL is not an absolute http(s) URL.</exception>
    public static DockConnection Resolve(CliEnvironment environment)
    {
        var (server, token) = (environment.Variable(CliEnvironment.ServerVariable), environment.Variable(CliEnvironment.TokenVariable));
        // Both set: the saved login is not needed, nor even a home folder to keep it in.
        var saved = server is { Length: > 0 } && token is { Length: > 0 } ? null : DockConfig.Load(environment.ConfigFile);
        var uri = ParseServer(server is { Length: > 0 } ? server : saved?.Server
            ?? throw new UsageException(
                $"no dock to talk to: run 'learnware login --server URL --token TOKEN' or set {CliEnvironment.ServerVariable}"));
        // The saved token goes only to the dock it was saved for, never to another one the environment names.
        if (token is not { Length: > 0 } && saved is not null && ParseServer(saved.Server) == uri)
            token = saved.Token;
        return new DockConnection(uri, token is { Length: > 0 } ? token : null);
    }

    /// <summary>An absolute http(s) URL, ending in '/' so the API's relative paths go beneath it.</summary>
    public static Uri ParseServer(string server)
    {
        if (!Uri.TryCreate(server, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new UsageException($"'{server}' is not a dock URL: give an absolute http:// or https:// URL, such as http://127.0.0.1:5080");
        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    public LearnwareDockClient CreateClient() => new(Server, new DockClientOptions { Token = Token });
}
