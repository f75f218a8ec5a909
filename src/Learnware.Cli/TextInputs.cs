using Learnware.Numerics;
using Learnware.Text;

namespace Learnware.Cli;

/// <summary>Texts turned into the sentence embeddings a text learnware's model takes.</summary>
internal static class TextInputs
{
    /// <summary>The embeddings of <paramref name="texts"/> by the encoder a model names.</summary>
    /// <exception cref="UsageException">The model wants another encoder's embeddings, which this dock cannot make.</exception>
    public static DenseMatrix Embed(string encoderName, IReadOnlyList<string> texts)
    {
        if (encoderName != SentenceEncoder.ModelName)
            throw new UsageException(
                $"the model takes {encoderName} sentence embeddings, but this dock embeds texts with {SentenceEncoder.ModelName}");
        using var encoder = new SentenceEncoder();
        return encoder.EncodeMatrix(texts);
    }
}
