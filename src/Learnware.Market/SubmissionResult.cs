using Learnware.Checking;
using Learnware.Market.Storage;

namespace Learnware.Market;

/// <summary>What became of a submitted package: the stored version (null when the package could not be read at
/// all, so there was nothing to store) and the checks it went through.</summary>
public sealed record SubmissionResult(StoredLearnware? Stored, CheckReport Report)
{
    /// <summary>True when the learnware is stored and usable.</summary>
    public bool Usable => Stored?.Status == LearnwareStatus.Usable;
}
