namespace Learnware.Market.Storage;

/// <summary>The store's timestamps: UTC, truncated to microseconds so every database gives back exactly what was written.</summary>
internal static class MarketClock
{
    public static DateTime UtcNow()
    {
        var ticks = DateTime.UtcNow.Ticks;
        return new DateTime(ticks - ticks % 10, DateTimeKind.Utc);
    }
}
