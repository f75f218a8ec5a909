using Learnware.Specifications;

namespace Learnware.Text;

/// <summary>Makes text specifications: sentence embeddings, then the table RKME over them.</summary>
public static class TextSpecifications
{
    /// <summary>
    /// RBF bandwidth for unit-length sentence embeddings. Their squared distances lie in [0, 4] (2 − 2cos), and
    /// between texts of one corpus mostly in 0.8..1.8, so the reference's 0.1 (chosen for unnormalised vectors)
    /// would make the kernel nearly flat; 1 is the median heuristic 1/median‖a − b‖² rounded, and measured on the
    /// fortune categories it separates a category's held-out texts from the others' better than 0.1 or 4 (see
    /// docs/specifications.md).
    /// </summary>
    public const double DefaultGamma = 1.0;

    /// <summary>The default options for text: the table defaults with <see cref="DefaultGamma"/>.</summary>
    public static RkmeOptions DefaultOptions { get; } = new() { Gamma = DefaultGamma };

    /// <summary>The specification of <paramref name="texts"/>, embedded by <paramref name="encoder"/>.</summary>
    public static RkmeTextSpecification Create(IReadOnlyList<string> texts, SentenceEncoder encoder, LanguageDetection languages,
        RkmeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(languages);
        if (texts.Count == 0)
            throw new ArgumentException("cannot make a specification of no texts", nameof(texts));
        var rkme = RkmeTableSpecification.FromData(encoder.EncodeMatrix(texts), options ?? DefaultOptions);
        return new RkmeTextSpecification(rkme, SentenceEncoder.ModelName, languages.Detect(texts));
    }
}
