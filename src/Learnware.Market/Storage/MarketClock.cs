namespace Learnware.Market.Storage;

/// <summary>The store's timestamps: UTC from the store's <see cref="TimeProvider"/>, truncated to microseconds so every database gives back exactly what was written.</summary>
internal sealed class MarketClock(TimeProvider time)
{
    public DateTime UtcNow()
    {
        var ticks = time.GetUtcNow().UtcTicks;
        return new DateTime(ticks - ticks % 10, DateTimeKind.Utc);
    }
}
