namespace Learnware.Numerics;

/// <summary>
/// Splits n rows into chunks whose boundaries depend only on n, so that per-chunk partial sums merged in chunk
/// order give bit-identical results whatever the number of cores or the thread schedule.
/// </summary>
internal readonly record struct FixedChunks(int Rows, int Count)
{
    private const int TargetRows = 1024;
    private const int MaxChunks = 256;

    public static FixedChunks For(int rows) =>
        new(rows, Math.Clamp((rows + TargetRows - 1) / TargetRows, 1, MaxChunks));

    public int Start(int chunk) => (int)((long)Rows * chunk / Count);

    public int End(int chunk) => (int)((long)Rows * (chunk + 1) / Count);

    /// <summary>
    /// Runs the body once per chunk, in parallel. In the browser (WebAssembly has one thread) Parallel.For runs the
    /// chunks one after another on the calling thread; the chunks and their merge order are the same, so the result
    /// does not change (the browser test makes a 3,000-row specification, three chunks, there).
    /// </summary>
    public void Run(Action<int, int, int> body)
    {
        if (Count == 1)
        {
            body(0, 0, Rows);
            return;
        }
        var self = this;
        Parallel.For(0, Count, chunk => body(chunk, self.Start(chunk), self.End(chunk)));
    }
}
