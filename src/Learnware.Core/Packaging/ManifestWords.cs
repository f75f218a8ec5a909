namespace Learnware.Packaging;

/// <summary>The snake_case words that stand for the manifest enums in YAML.</summary>
internal static class ManifestWords
{
    private static readonly (ModelKind Value, string Word)[] _kinds =
    [
        (ModelKind.Classifier, "classifier"),
        (ModelKind.Regressor, "regressor"),
        (ModelKind.FeatureExtractor, "feature_extractor"),
    ];

    private static readonly (OutputMeaning Value, string Word)[] _meanings =
    [
        (OutputMeaning.Probabilities, "probabilities"),
        (OutputMeaning.Scores, "scores"),
        (OutputMeaning.Labels, "labels"),
        (OutputMeaning.Values, "values"),
    ];

    public static string KindList => string.Join(", ", _kinds.Select(k => k.Word));

    public static string MeaningList => string.Join(", ", _meanings.Select(m => m.Word));

    public static string ToWord(ModelKind kind) => Find(_kinds, kind);

    public static string ToWord(OutputMeaning meaning) => Find(_meanings, meaning);

    public static bool TryParse(string word, out ModelKind kind) => TryFind(_kinds, word, out kind);

    public static bool TryParse(string word, out OutputMeaning meaning) => TryFind(_meanings, word, out meaning);

    private static string Find<T>((T Value, string Word)[] table, T value)
        where T : struct, Enum
    {
        foreach (var (v, word) in table)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return word;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"not a defined {typeof(T).Name}");
    }

    private static bool TryFind<T>((T Value, string Word)[] table, string word, out T value)
        where T : struct
    {
        // Exact, case-sensitive match: the manifest is written by tools, and one spelling keeps it greppable.
        foreach (var (v, w) in table)
        {
            if (string.Equals(w, word, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }
}
