namespace Learnware.Checking;

/// <summary>Every check run on a package, in order.</summary>
public sealed record CheckReport(IReadOnlyList<CheckResult> Results)
{
    /// <summary>True when every check passed.</summary>
    public bool Passed => Results.All(r => r.Status == CheckStatus.Passed);

    /// <summary>The failed checks' reasons, one line each.</summary>
    public IEnumerable<string> Failures =>
        Results.Where(r => r.Status == CheckStatus.Failed).Select(r => $"{r.Name}: {r.Detail}");
}
