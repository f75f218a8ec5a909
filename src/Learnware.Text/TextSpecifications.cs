using Learnware.Specifications;

namespace Learnware.Text;

/// <summary>Makes text specifications: sentence embeddings, then the table RKME over them.</summary>
public static class TextSpecifications
{
    /// <summary>
    /// RBF bandwidth for unit-length sentence embeddings. Their squared distances lie in [0, 4] (2 − 2cos), so at
    /// 0.1 the kernel is close to 1 − γ‖a − b‖² and MMD² mostly compares the corpora's mean embeddings, which is what
    /// tells topics apart; larger bandwidths make every two texts look unrelated. Measured on eight fortune
    /// categories (FortuneSeparationTests), the nearest other category's MMD² over the own held-out texts' was on
    /// average 5.7 at 0.1, 4.0 at 0.5, 2.8 at 1, 1.6 at 2 and 1.06 at 4 (see docs/specifications.md).
    /// </summary>
    public const double DefaultGamma = 0.1;

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
