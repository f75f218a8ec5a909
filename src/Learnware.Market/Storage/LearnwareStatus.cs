namespace Learnware.Market.Storage;

/// <summary>Where a learnware version stands with the market's checks.</summary>
public enum LearnwareStatus
{
    /// <summary>Stored, checks not run yet.</summary>
    Pending,

    /// <summary>Every check passed: search may serve it.</summary>
    Usable,

    /// <summary>A check failed; the check log says which.</summary>
    Rejected,
}
