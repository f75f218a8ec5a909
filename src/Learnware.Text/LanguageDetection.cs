using Lingua;

namespace Learnware.Text;

/// <summary>The languages of a corpus, as ISO 639-1 codes, detected by Lingua's n-gram models.</summary>
/// <remarks>
/// Like the reference (langdetect over the joined texts, keeping languages of probability 0.1 or more), one
/// detection runs over the texts joined, here capped at <see cref="SampleCharacters"/> characters taken evenly
/// across the corpus so that a large corpus costs no more than a small one.
/// </remarks>
public sealed class LanguageDetection
{
    /// <summary>Characters of text the detection reads at most.</summary>
    public const int SampleCharacters = 4000;

    /// <summary>Confidence a language needs to be listed (the reference's langdetect threshold).</summary>
    public const double MinimumConfidence = 0.1;

    private readonly LanguageDetector _detector = LanguageDetectorBuilder.FromAllSpokenLanguages().Build();

    /// <summary>The codes of the languages whose confidence is at least <see cref="MinimumConfidence"/>, most likely first.</summary>
    public IReadOnlyList<string> Detect(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var sample = Sample(texts);
        if (sample.Length == 0)
            return [];
        return _detector.ComputeLanguageConfidenceValues(sample)
            .Where(pair => pair.Value >= MinimumConfidence)
            .OrderByDescending(pair => pair.Value)
            .Select(pair => pair.Key.IsoCode6391().ToString().ToLowerInvariant())
            .ToArray();
    }

    private static string Sample(IReadOnlyList<string> texts)
    {
        // The start of every step-th text, so that the sample spans the corpus rather than its first texts.
        int share = Math.Max(64, SampleCharacters / Math.Max(1, texts.Count));
        int step = (int)Math.Max(1, (long)texts.Count * share / SampleCharacters);
        var builder = new System.Text.StringBuilder(SampleCharacters + share);
        for (int i = 0; i < texts.Count && builder.Length < SampleCharacters; i += step)
        {
            var text = texts[i] ?? "";
            builder.Append(text.AsSpan(0, Math.Min(text.Length, share))).Append(' ');
        }
        return builder.ToString().Trim();
    }
}
