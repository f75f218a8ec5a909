using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Learnware.Market.Storage;

/// <summary>Where a market keeps its data.</summary>
public sealed record MarketStoreOptions
{
    /// <summary>The market folder: package blobs under <c>Root/blobs</c>, and the SQLite database <c>Root/market.db</c> by default.</summary>
    public required string Root { get; init; }

    /// <summary>
    /// A database connection string, or null for SQLite in <c>Root/market.db</c>. One naming a host
    /// (<c>Host=…</c>) selects PostgreSQL; one naming a file (<c>Data Source=…</c>) selects SQLite.
    /// </summary>
    public string? ConnectionString { get; init; }

    /// <summary>
    /// How old an unreferenced blob or an unfinished write must be before cleanup removes it, so that another
    /// process sharing the folder never loses a package it is still adding.
    /// </summary>
    public TimeSpan CleanupGracePeriod { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The clock of the store's timestamps and of cleanup's and the queue's ages.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where the store logs what it skips or retries.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>
    /// Whether opening the store runs <see cref="MarketStore.CleanUpAsync"/>. A process that only reads (one CLI
    /// listing or search) can leave it to the next one that writes, and start faster.
    /// </summary>
    public bool CleanUpOnOpen { get; init; } = true;

    /// <summary>The folder of package blobs.</summary>
    public string BlobFolder => Path.Combine(Root, "blobs");

    /// <summary>The folder of the lock files that keep processes sharing <see cref="Root"/> off each other's packages.</summary>
    public string LockFolder => Path.Combine(Root, "locks");
}
