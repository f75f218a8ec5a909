namespace Learnware.Market.Storage;

/// <summary>No learnware (or no such version of it) is in the market.</summary>
public sealed class LearnwareNotFoundException : MarketStoreException
{
    /// <summary>Creates the exception for <paramref name="learnwareId"/>, and <paramref name="version"/> when one was asked for.</summary>
    public LearnwareNotFoundException(string learnwareId, int? version = null)
        : base(version is null ? $"no learnware {learnwareId} in the market" : $"no version {version} of learnware {learnwareId} in the market")
    {
        LearnwareId = learnwareId;
        Version = version;
    }

    /// <summary>The id asked for.</summary>
    public string LearnwareId { get; }

    /// <summary>The version asked for, if any.</summary>
    public int? Version { get; }
}
