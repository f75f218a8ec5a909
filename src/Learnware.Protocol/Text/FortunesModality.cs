using System.Diagnostics;
using System.Globalization;
using Learnware.Numerics;
using Learnware.Protocol.Data;
using Learnware.Protocol.Mixtures;
using Learnware.Protocol.Modalities;
using Learnware.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Learnware.Protocol.Text;

/// <summary>
/// The text part of the protocol on five categories of Debian's <c>fortunes</c>, as the reference runs it on the five
/// superclasses of 20 Newsgroups: every learnware covers a random half of the training texts of one combination of 3
/// categories, every user holds the texts of one of the 10 pairs. Each category's texts (a seeded sample) are split in
/// half for the learnwares and half for the users, whose half is split again into test texts and a labelled pool.
/// Every text is embedded once per run by the dock's encoder and the embeddings are reused by every step.
/// </summary>
public sealed class FortunesModality(PublicDatasets datasets, ILogger? logger = null) : IModalityProtocol
{
    /// <summary>The categories, one class each, in label order: five large categories on distinct topics.</summary>
    public static readonly IReadOnlyList<string> Categories = ["computers", "politics", "science", "songs-poems", "men-women"];

    private const int Seed = 1;
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>The quick mode: 120 texts per category, one learnware per combination, 3 users with labelled curves.</summary>
    public static TextProtocolSizes Quick { get; } = new(120, 1, new ProtocolScale(true, 10, 0, [20, 50], 2, 120, LabelledUsers: 3));

    /// <summary>The published run: 400 texts per category, two learnwares per combination, 5 users with labelled curves.</summary>
    public static TextProtocolSizes Full { get; } = new(400, 2, new ProtocolScale(false, 10, 0, [20, 50, 100], 2, 400, LabelledUsers: 5));

    /// <inheritdoc />
    public string Modality => ProtocolModalities.Text;

    /// <inheritdoc />
    public IReadOnlyList<ProtocolScenario> Scenarios(ProtocolScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var sizes = scale.Quick ? Quick : Full;
        var random = new Random(Seed);
        var texts = new List<string>();
        var labels = new List<double>();
        for (int c = 0; c < Categories.Count; c++)
        {
            var category = FortuneFile.Read(Path.Combine(datasets.FortunesFolder, Categories[c])).ToArray();
            random.Shuffle(category);
            if (category.Length < sizes.TextsPerCategory)
                throw new DatasetException($"{Categories[c]}: {category.Length} fortunes, fewer than the {sizes.TextsPerCategory} the protocol takes");
            texts.AddRange(category[..sizes.TextsPerCategory]);
            labels.AddRange(Enumerable.Repeat((double)c, sizes.TextsPerCategory));
        }
        var all = new LabelledTable(Embed(texts), [.. labels]);
        var languages = new LanguageDetection().Detect(texts);

        // Per category: the first half for the learnwares, then a quarter for the users' test texts and a quarter for their labels.
        int n = sizes.TextsPerCategory, half = n / 2, quarter = (n - half) / 2;
        int[] Part(int from, int count) => [.. Enumerable.Range(0, Categories.Count).SelectMany(c => Enumerable.Range(c * n + from, count))];
        var learnwarePart = all.Select(Part(0, half));
        var testPart = all.Select(Part(half, quarter));
        var poolPart = all.Select(Part(half + quarter, quarter));

        var byClass = ClassMixtureScenario.RowsByClass(learnwarePart, Categories.Count);
        var combinations = Combinations(Categories.Count, 3);
        var sourceMixtures = combinations.SelectMany(combination => Enumerable.Repeat(Equal(combination), sizes.LearnwaresPerCombination)).ToArray();
        var sources = sourceMixtures.Select((m, i) => ClassMixtureScenario.Source(
            string.Create(CultureInfo.InvariantCulture, $"#{i + 1} {string.Join("/", m.Classes.Select(c => Categories[c]))}"),
            learnwarePart, byClass, m, 3 * (half / 2), random)).ToArray();
        var userMixtures = Combinations(Categories.Count, 2).Select(Equal).ToArray();
        var own = sizes.Scale with { UsersPerScenario = userMixtures.Length, UserTestRows = 2 * quarter };
        return
        [
            new ProtocolScenario("fortunes",
                string.Create(CultureInfo.InvariantCulture,
                    $"Debian's fortunes, five categories ({string.Join(", ", Categories)}), {n} texts each (a seeded sample), embedded once by the dock's encoder (all-MiniLM-L6-v2, 384 dimensions). Each learnware is a maximum-entropy classifier (ML.NET, L-BFGS) of the embeddings of a random half of the training texts of one combination of 3 categories ({sizes.LearnwaresPerCombination} per combination), exported to ONNX and packed with its text RKME (γ = 0.1, the defaults of `learnware spec text`)."),
                ProtocolMetric.Accuracy, Categories.Count, sources, new TextLearnwareTrainer(languages, Categories),
                seed => ClassMixtureScenario.Users(testPart, poolPart, userMixtures, sourceMixtures, own.UserTestRows, quarter * 2,
                    Categories, Categories.Count, seed, own.LabelledUsers),
                own, ProtocolAugmentation.Shortened,
                string.Create(CultureInfo.InvariantCulture,
                    $"Users: one per pair of categories ({userMixtures.Length}), each with its {own.UserTestRows} held-out test texts of the pair (half each); the first {own.LabelledUsers} also draw labelled texts from a pool of {2 * quarter} other texts of the pair, {own.Repeats} repeats per labelled size. A user counts as identified when its top-1 learnware was trained on both of its categories; oracle routing sends each text to a learnware trained on its true category (one also trained on the user's other category when there is one).")),
        ];
    }

    private DenseMatrix Embed(IReadOnlyList<string> texts)
    {
        var watch = Stopwatch.StartNew();
        using var encoder = new SentenceEncoder();
        var embeddings = encoder.EncodeMatrix(texts);
        _logger.LogInformation("fortunes: embedded {Count} texts in {Seconds:F1} s", texts.Count, watch.Elapsed.TotalSeconds);
        return embeddings;
    }

    private static ClassMixture Equal(IReadOnlyList<int> classes) => new(classes, [.. classes.Select(_ => 1.0 / classes.Count)]);

    /// <summary>Every set of <paramref name="k"/> of 0..<paramref name="n"/>−1, in lexicographic order.</summary>
    private static List<int[]> Combinations(int n, int k)
    {
        var result = new List<int[]>();
        void Extend(List<int> prefix, int next)
        {
            if (prefix.Count == k)
            {
                result.Add([.. prefix]);
                return;
            }
            for (int i = next; i < n; i++)
            {
                prefix.Add(i);
                Extend(prefix, i + 1);
                prefix.RemoveAt(prefix.Count - 1);
            }
        }
        Extend([], 0);
        return result;
    }
}
