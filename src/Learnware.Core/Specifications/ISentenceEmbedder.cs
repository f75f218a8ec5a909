namespace Learnware.Specifications;

/// <summary>Embeds texts as unit-length sentence vectors, so that the dot product of two is their similarity of meaning.</summary>
public interface ISentenceEmbedder
{
    /// <summary>The encoder's name; vectors of different encoders are never compared.</summary>
    string Encoder { get; }

    /// <summary>Length of a vector.</summary>
    int Dimension { get; }

    /// <summary>One unit-length row of <see cref="Dimension"/> values per text, in order.</summary>
    float[] Embed(IReadOnlyList<string> texts);
}
