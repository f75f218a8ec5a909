using System.Globalization;
using Learnware.Market;
using Learnware.Market.Storage;
using Learnware.MLNet;
using Learnware.Models;
using Learnware.Packaging;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;
using Learnware.Tables;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Learnware.Benchmarks.ColdStart;

/// <summary>
/// The inputs the cold-start cases run on, made once in a work folder: two numeric CSV tables (5,000 x 10 and
/// 20,000 x 50), a market of 50 usable learnwares in d = 10 (one small classifier, each with its own RKME of K = 100)
/// and a user's specification to search it with.
/// </summary>
internal sealed class ColdStartFixture
{
    public const int MarketSize = 50, Dimension = 10, Points = 100, Classes = 3;

    private ColdStartFixture(string folder, string firstId)
    {
        Folder = folder;
        FirstId = firstId;
    }

    public string Folder { get; }

    public string Market => Path.Combine(Folder, "market");

    public string UserSpec => Path.Combine(Folder, "user.json");

    public string FirstId { get; }

    public string Table(int rows, int columns) => Path.Combine(Folder, $"table-{rows}x{columns}.csv");

    public string Output(string name) => Path.Combine(Folder, "out", name);

    public static async Task<ColdStartFixture> CreateAsync(string folder)
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(Path.Combine(folder, "out"));
        foreach (var (rows, columns) in new[] { (5_000, 10), (20_000, 50) })
            WriteTable(Path.Combine(folder, $"table-{rows}x{columns}.csv"), SpecGenerationRunner.Blobs(rows, columns, seed: rows + columns));
        RkmeJson.Save(SyntheticMarket.User(0, Dimension, rows: 2_000, Points, seed: 1), Path.Combine(folder, "user.json"));

        var onnx = TrainClassifier();
        using var market = await LearnwareMarket.OpenAsync(new MarketStoreOptions { Root = Path.Combine(folder, "market") });
        string? first = null;
        var specs = SyntheticMarket.Learnwares(MarketSize, Dimension, Points, seed: 1);
        for (int i = 0; i < specs.Length; i++)
        {
            var result = await market.AddAsync(Package(onnx, specs[i], i), "bench");
            if (!result.Usable)
                throw new InvalidOperationException($"a fixture learnware was rejected: {string.Join("; ", result.Report.Failures)}");
            first ??= result.Stored!.Id;
        }
        return new ColdStartFixture(folder, first!);
    }

    private static void WriteTable(string path, Numerics.DenseMatrix data)
    {
        var header = Enumerable.Range(0, data.Columns).Select(j => $"x{j}").ToArray();
        CsvTable.Write(path, header, Enumerable.Range(0, data.Rows).Select(i => (IReadOnlyList<double>)data.Row(i).ToArray()));
    }

    private static byte[] TrainClassifier()
    {
        var random = new Random(3);
        var x = new float[600][];
        var labels = new int[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            labels[i] = i % Classes;
            x[i] = Enumerable.Range(0, Dimension).Select(j => (float)(labels[i] * (j % 2 == 0 ? 1 : -1) + random.NextDouble())).ToArray();
        }
        return MlNetTraining.FitClassifier(x, labels, ml => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 })).ToOnnx();
    }

    private static byte[] Package(byte[] onnx, RkmeTableSpecification spec, int index)
    {
        var semantic = new SemanticSpecification
        {
            Data = ["Table"],
            Task = ["Classification"],
            Library = ["Others"],
            Scenario = ["Business"],
            License = ["MIT"],
            Name = string.Create(CultureInfo.InvariantCulture, $"cold start {index}"),
            Description = "a three-class classifier on ten features",
            Input = new FeatureDescriptions(Dimension, new Dictionary<int, string>()),
            Output = new FeatureDescriptions(Classes, new Dictionary<int, string>()),
        };
        LearnwareManifest manifest;
        using (var model = OnnxModel.Load(onnx))
            manifest = ManifestInference.Infer(model, semantic, "model.onnx", "stat.json", "semantic.json", null, null);
        var package = new LearnwarePackage(manifest, new Dictionary<string, byte[]>
        {
            ["model.onnx"] = onnx,
            ["stat.json"] = System.Text.Encoding.UTF8.GetBytes(RkmeJson.Serialize(spec)),
            ["semantic.json"] = System.Text.Encoding.UTF8.GetBytes(SemanticJson.Serialize(semantic)),
        });
        using var buffer = new MemoryStream();
        new LearnwarePackageWriter().Write(package, buffer);
        return buffer.ToArray();
    }
}
