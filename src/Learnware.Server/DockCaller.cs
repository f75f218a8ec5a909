namespace Learnware.Server;

/// <summary>Who is calling, as the dock records it on what they submit.</summary>
internal static class DockCaller
{
    /// <summary>The owner recorded for submissions made without an account.</summary>
    public const string Anonymous = "anonymous";

    public static string Name(HttpContext context) => context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous;
}
