namespace Learnware.Server;

/// <summary>At most <see cref="Permits"/> requests per <see cref="Window"/> from one caller.</summary>
public sealed record RateLimit(int Permits, TimeSpan Window);
