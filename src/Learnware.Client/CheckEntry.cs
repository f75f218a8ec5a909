namespace Learnware.Client;

/// <summary>One check the dock ran on a version: its name, <c>passed</c>/<c>failed</c>/<c>skipped</c>, and why.</summary>
public sealed record CheckEntry(string Name, string Status, string? Detail)
{
    public bool Failed => string.Equals(Status, "failed", StringComparison.OrdinalIgnoreCase);
}
