using Learnware.Text;

namespace Learnware.Text.Tests;

/// <summary>One sentence encoder for a test class: loading the model takes a moment.</summary>
public sealed class EncoderFixture : IDisposable
{
    /// <summary>The encoder.</summary>
    public SentenceEncoder Encoder { get; } = new();

    /// <inheritdoc/>
    public void Dispose() => Encoder.Dispose();
}
