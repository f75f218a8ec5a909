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

    /// <summary>Threads ONNX Runtime may use inside one batch; 0 lets it choose (one per core).</summary>
    public int IntraOpThreads { get; init; }

    /// <summary>Throws if a setting is out of range, naming it.</summary>
    public void Validate()
    {
        if (MaxTokens is < 2 or > 512)
            throw new ArgumentOutOfRangeException(nameof(MaxTokens), MaxTokens, "must be between 2 and 512 (the model's position table)");
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfNegative(IntraOpThreads, nameof(IntraOpThreads));
    }
}
