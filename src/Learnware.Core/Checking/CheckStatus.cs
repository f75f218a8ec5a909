namespace Learnware.Checking;

/// <summary>Outcome of one check.</summary>
public enum CheckStatus
{
    /// <summary>The check ran and passed.</summary>
    Passed,

    /// <summary>The check ran and failed.</summary>
    Failed,

    /// <summary>The check could not run because an earlier one failed.</summary>
    Skipped,
}
