using Learnware.Specifications;

namespace Learnware.Reuse;

/// <summary>What reusing text learnwares together requires.</summary>
public static class TextLearnwares
{
    /// <summary>
    /// The sentence encoder whose embeddings <paramref name="learnwares"/> take, or null when none is a text learnware.
    /// Their models all read one embedding of each text, so text learnwares are reused only with text learnwares of
    /// the same encoder.
    /// </summary>
    /// <exception cref="ArgumentException">Text learnwares are mixed with others, or with text learnwares of another encoder.</exception>
    public static string? Encoder(IReadOnlyList<ReusableLearnware> learnwares)
    {
        ArgumentNullException.ThrowIfNull(learnwares);
        var encoders = learnwares.Select(l => l.Specification).OfType<RkmeTextSpecification>().Select(s => s.Encoder).Distinct().ToArray();
        if (encoders.Length == 0)
            return null;
        if (encoders.Length > 1 || learnwares.Any(l => l.Specification is not RkmeTextSpecification))
            throw new ArgumentException("text learnwares can only be reused together with text learnwares of the same sentence encoder", nameof(learnwares));
        return encoders[0];
    }
}
