namespace Learnware.Market;

/// <summary>Anchor for the market engine's assembly.</summary>
public static class MarketAssembly
{
    /// <summary>Format version of the market folder and database schema.</summary>
    public const int SchemaVersion = 2;
}
