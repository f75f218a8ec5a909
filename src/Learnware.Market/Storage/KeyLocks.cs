namespace Learnware.Market.Storage;

/// <summary>
/// Locks by key, striped over a fixed set and held across processes: work on one package (write its blob, insert its
/// rows, or remove its blob) runs one at a time, so a failing add or a remove never deletes a blob that a concurrent
/// add of the same bytes, in this process or another one sharing the market folder, is about to reference.
/// </summary>
/// <remarks>
/// Within the process a semaphore per stripe queues the tasks; across processes each stripe is a lock file in
/// <see cref="Folder"/> opened without sharing, which .NET takes as an exclusive <c>flock</c> on Unix and a share
/// lock on Windows. The operating system drops the lock when its process dies, even by SIGKILL, so a crashed add never
/// leaves a stripe locked. Lock files are never deleted: removing one while another process waits on it would split
/// the lock in two.
/// </remarks>
internal sealed class KeyLocks
{
    private const int StripeCount = 64;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMilliseconds(100);

    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, StripeCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Locks whose stripes are files in <paramref name="folder"/> (created when missing).</summary>
    public KeyLocks(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The folder of the lock files, shared by every process that opens the market.</summary>
    public string Folder { get; }

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        int index = StripeOf(key);
        var stripe = _stripes[index];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            var file = await LockFileAsync(Path.Combine(Folder, $"{index:d2}.lock"), cancellationToken);
            return new Release(stripe, file);
        }
        catch
        {
            stripe.Release();
            throw;
        }
    }

    // The same stripe in every process: string.GetHashCode is randomised per process, FNV-1a is not.
    private static int StripeOf(string key)
    {
        uint hash = 2166136261;
        foreach (char c in key)
            hash = (hash ^ c) * 16777619;
        return (int)(hash % StripeCount);
    }

    private static async Task<FileStream> LockFileAsync(string path, CancellationToken cancellationToken)
    {
        var delay = RetryDelay;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process holds the stripe; the OS offers no awaitable wait, so poll with a growing delay.
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    private sealed class Release(SemaphoreSlim stripe, FileStream file) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                file.Dispose();
                stripe.Release();
            }
        }
    }
}
