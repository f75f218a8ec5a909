namespace Learnware.Client;

/// <summary>The statuses a version passes through, as the API spells them.</summary>
public static class LearnwareStatuses
{
    public const string Pending = "pending", Checking = "checking", Usable = "usable", Rejected = "rejected";

    /// <summary>Whether the checks are over for a version in this status.</summary>
    public static bool IsFinal(string? status) => status is Usable or Rejected;
}
