namespace Learnware.Market.Storage;

/// <summary>Where a learnware version stands with the market's checks.</summary>
public enum LearnwareStatus
{
    /// <summary>Stored, checks not run yet: waiting in the verification queue.</summary>
    Pending,

    /// <summary>A verifier claimed it and is running the checks.</summary>
    Checking,

    /// <summary>Every check passed: search may serve it.</summary>
    Usable,

    /// <summary>A check failed; the check log says which.</summary>
    Rejected,
}
