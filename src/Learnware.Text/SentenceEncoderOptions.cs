namespace Learnware.Text;

/// <summary>Settings of the sentence encoder.</summary>
public sealed record SentenceEncoderOptions
{
    /// <summary>
    /// Tokens per text, [CLS] and [SEP] included; longer texts are cut. 256 is the all-MiniLM-L6-v2 training length
    /// (the model's position table goes to 512, but it was never trained on longer inputs).
    /// </summary>
    public int MaxTokens { get; init; } = 256;

    /// <summary>Texts run through the model at once. Texts are sorted by length first, so a batch pads little.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>
    /// Threads ONNX Runtime may use inside one batch; 0 means one when batches run concurrently and ONNX Runtime's
    /// own choice (one per core) otherwise.
    /// </summary>
    public int IntraOpThreads { get; init; }

    /// <summary>
    /// Batches run through the model at the same time, on one shared session; 0 means one per core.
    /// </summary>
    /// <remarks>
    /// One batch per core, each on a single thread, keeps every core in a matrix product. One batch at a time spread
    /// over all cores (1 here, 0 for <see cref="IntraOpThreads"/>) makes the cores meet after every one of the
    /// graph's few hundred operators, and most of them (layer norms, softmax, reshapes) are too small to split well:
    /// the threads wait for each other, the more so when other processes share the cores.
    /// </remarks>
    public int ConcurrentBatches { get; init; }

    /// <summary>The batches to run at once: <see cref="ConcurrentBatches"/>, or one per core when it is 0.</summary>
    public int EffectiveConcurrentBatches => ConcurrentBatches > 0 ? ConcurrentBatches : Environment.ProcessorCount;

    /// <summary>
    /// ONNX Runtime's threads per batch: <see cref="IntraOpThreads"/>, or when it is 0, one if batches run
    /// concurrently and 0 (ONNX Runtime's choice) if not.
    /// </summary>
    public int EffectiveIntraOpThreads => IntraOpThreads > 0 ? IntraOpThreads : EffectiveConcurrentBatches > 1 ? 1 : 0;

    /// <summary>Throws if a setting is out of range, naming it.</summary>
    public void Validate()
    {
        if (MaxTokens is < 2 or > 512)
            throw new ArgumentOutOfRangeException(nameof(MaxTokens), MaxTokens, "must be between 2 and 512 (the model's position table)");
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfNegative(IntraOpThreads, nameof(IntraOpThreads));
        ArgumentOutOfRangeException.ThrowIfNegative(ConcurrentBatches, nameof(ConcurrentBatches));
    }
}
