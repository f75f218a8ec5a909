using System.Globalization;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;
using Learnware.Text.Tests.Support;

namespace Learnware.Text.Tests;

/// <summary>
/// A text classifier of three fortune categories, trained with ML.NET on the dock's sentence embeddings and exported to
/// ONNX, goes through <c>spec text</c> → <c>pack</c> → <c>check</c> → <c>market add</c> → <c>market search</c> →
/// <c>predict</c> → <c>reuse</c>, as a user runs them.
/// </summary>
public sealed class TextLearnwareFlowTests(EncoderFixture fixture) : IClassFixture<EncoderFixture>, IDisposable
{
    private static readonly string[] Classes = ["startrek", "food", "sports"];
    private readonly TestFolder _folder = new();

    [Fact]
    public void ATextLearnwareIsPackedCheckedFoundPredictedAndReused()
    {
        var splits = Classes.Select(c => Fortunes.Split(c, heldOut: 40, seed: 5)).ToArray();
        var zipA = PackClassifier("a", splits, half: 0);
        var zipB = PackClassifier("b", splits, half: 1);

        var check = CliRun.Of("check", zipA);
        Assert.True(check.ExitCode == 0, check.ToString());
        var manifest = LearnwarePackageEntry(zipA, "learnware.yaml");
        Assert.Contains("encoder: all-MiniLM-L6-v2", manifest, StringComparison.Ordinal);

        var root = _folder.Path("market");
        var added = CliRun.Succeeds("market", "add", zipA, "--root", root, "--json").Json();
        Assert.Equal("usable", added.GetProperty("status").GetString());
        var id = added.GetProperty("id").GetString()!;
        CliRun.Succeeds("market", "add", zipB, "--root", root);

        // The user's unlabelled star trek quotes: the learnware trained on star trek, food and sports quotes is found.
        var userTexts = _folder.Write("user.txt", string.Join('\n', splits[0].HeldOut));
        var userSpec = _folder.Path("user.json");
        CliRun.Succeeds("spec", "text", "--data", userTexts, "--out", userSpec, "--k", "10");
        var found = CliRun.Succeeds("market", "search", "--root", root, "--spec", userSpec, "--json").Json();
        var single = found.GetProperty("single").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();
        Assert.Contains(id, single);

        // Predictions: one row per input line, and most held-out texts get their own category.
        var heldOut = splits.SelectMany((s, c) => s.HeldOut.Select(t => (Text: t, Label: c))).ToArray();
        var heldOutFile = _folder.Write("held-out.txt", string.Join('\n', heldOut.Select(h => h.Text)));
        var predictions = _folder.Path("predictions.csv");
        CliRun.Succeeds("predict", zipA, "--data", heldOutFile, "--out", predictions);
        var accuracy = Accuracy(predictions, heldOut.Select(h => h.Label).ToArray());
        Assert.True(accuracy > 0.7, $"accuracy {accuracy}");

        foreach (var method in new[] { "average", "job-selector" })
        {
            var reused = _folder.Path($"reuse-{method}.csv");
            CliRun.Succeeds("reuse", "--method", method, zipA, zipB, "--data", heldOutFile, "--out", reused);
            var reuseAccuracy = Accuracy(reused, heldOut.Select(h => h.Label).ToArray());
            Assert.True(reuseAccuracy > 0.7, $"{method} accuracy {reuseAccuracy}");
        }
    }

    [Fact]
    public void TextLearnwaresAreReusedWithLabelledTexts_FromATextFileWithLabels_OrACsvWithALabelColumn()
    {
        var splits = Classes.Select(c => Fortunes.Split(c, heldOut: 40, seed: 5)).ToArray();
        var zipA = PackClassifier("a", splits, half: 0);
        var zipB = PackClassifier("b", splits, half: 1);
        // The held-out texts: the first 20 of each category are labelled, the other 20 are predicted.
        var labelled = splits.SelectMany((s, c) => s.HeldOut.Take(20).Select(t => (Text: t, Label: c))).ToArray();
        var user = splits.SelectMany((s, c) => s.HeldOut.Skip(20).Select(t => (Text: t, Label: c))).ToArray();
        var userFile = _folder.Write("user-texts.txt", string.Join('\n', user.Select(u => u.Text)));
        var textFile = _folder.Write("labelled.txt", string.Join('\n', labelled.Select(l => l.Text)));
        var labelFile = _folder.Write("labelled-labels.txt", string.Join('\n', labelled.Select(l => l.Label)));
        var csvFile = _folder.Write("labelled.csv", "text,topic\n" + string.Join('\n', labelled.Select(l => $"\"{l.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{l.Label}")));
        var truth = user.Select(u => u.Label).ToArray();

        foreach (var method in new[] { "feature-augment", "ensemble-pruning" })
        {
            var fromText = _folder.Path($"{method}-text.csv");
            CliRun.Succeeds("reuse", "--method", method, zipA, zipB, "--data", userFile, "--labeled", textFile, "--labels", labelFile, "--out", fromText);
            var fromCsv = _folder.Path($"{method}-csv.csv");
            CliRun.Succeeds("reuse", "--method", method, zipA, zipB, "--data", userFile, "--labeled", csvFile, "--label-column", "topic", "--out", fromCsv);
            // The same texts and labels, read from either layout, fit the same reuser.
            Assert.Equal(File.ReadAllText(fromText), File.ReadAllText(fromCsv));
        }
        // Feature augmentation learns from 60 labelled texts on top of the experts' probabilities. Ensemble pruning keeps
        // at least two learnwares, so with two it is their vote by label.
        double augmented = Accuracy(_folder.Path("feature-augment-text.csv"), truth);
        Assert.True(augmented > 0.7, $"feature augmentation accuracy {augmented}");
        var vote = _folder.Path("vote-by-label.csv");
        CliRun.Succeeds("reuse", "--method", "average", "--mode", "vote_by_label", zipA, zipB, "--data", userFile, "--out", vote);
        Assert.Equal(Labels(vote), Labels(_folder.Path("ensemble-pruning-text.csv")));

        var shortLabels = _folder.Write("short-labels.txt", string.Join('\n', labelled.Skip(1).Select(l => l.Label)));
        var mismatch = CliRun.Of("reuse", "--method", "feature-augment", zipA, zipB, "--data", userFile, "--labeled", textFile,
            "--labels", shortLabels, "--out", _folder.Path("mismatch.csv"));
        Assert.Equal(2, mismatch.ExitCode);
        Assert.Equal($"error: {textFile} holds 60 labelled texts but {shortLabels} has 59 labels; they must match one to one\n", mismatch.Error);
        Assert.False(File.Exists(_folder.Path("mismatch.csv")));
    }

    [Fact]
    public void AModelWithoutTheEncoderDeclarationFailsTheDimensionsCheck()
    {
        var splits = Classes.Select(c => Fortunes.Split(c, heldOut: 40, seed: 5)).ToArray();
        var zip = PackClassifier("plain", splits, half: 0);
        var package = new Learnware.Packaging.LearnwarePackageReader().Read(zip);
        var stripped = package.Manifest with
        {
            Model = package.Manifest.Model with { Input = package.Manifest.Model.Input with { Encoder = null } },
        };
        var rewritten = _folder.Write("stripped.zip", TestPackages.Zip(new Learnware.Packaging.LearnwarePackage(stripped, package.Files)));
        var check = CliRun.Of("check", rewritten);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("model.input.encoder does not say the model takes them", check.Out, StringComparison.Ordinal);
    }

    /// <summary>Trains a classifier on half of every class's training texts and packs it with the spec of those texts.</summary>
    private string PackClassifier(string name, (string[] Train, string[] HeldOut)[] splits, int half)
    {
        var texts = new List<string>();
        var labels = new List<int>();
        for (int c = 0; c < splits.Length; c++)
        {
            var train = splits[c].Train;
            var part = train.Where((_, i) => i % 2 == half).ToArray();
            texts.AddRange(part);
            labels.AddRange(Enumerable.Repeat(c, part.Length));
        }
        var embeddings = fixture.Encoder.Encode(texts);
        var x = Enumerable.Range(0, texts.Count).Select(i => embeddings.AsSpan(i * SentenceEncoder.Dimension, SentenceEncoder.Dimension).ToArray()).ToArray();
        var onnx = TestModels.TrainClassifierOnnx(x, [.. labels]);
        var trainFile = _folder.Write($"{name}-train.txt", string.Join('\n', texts));
        var stat = _folder.Path($"{name}-stat.json");
        var spec = CliRun.Succeeds("spec", "text", "--data", trainFile, "--out", stat, "--k", "30", "--json").Json();
        Assert.Equal(SentenceEncoder.ModelName, spec.GetProperty("encoder").GetString());
        Assert.Equal(["en"], spec.GetProperty("language").EnumerateArray().Select(l => l.GetString()));
        var semantic = SemanticJson.Serialize(new SemanticSpecification
        {
            Name = $"fortune topics {name}",
            Description = "tells whether a quotation is from star trek, about food or about sports",
            Data = ["Text"],
            Task = ["Classification"],
            Library = ["Scikit-learn"],
            License = ["MIT"],
            Scenario = ["Education"],
            Output = new FeatureDescriptions(Classes.Length, new Dictionary<int, string> { [0] = "star trek", [1] = "food", [2] = "sports" }),
        });
        var zip = _folder.Path($"{name}.zip");
        CliRun.Succeeds("pack", "--model", _folder.Write($"{name}.onnx", onnx), "--stat", stat,
            "--semantic", _folder.Write($"{name}-semantic.json", semantic), "--out", zip);
        return zip;
    }

    private static double Accuracy(string predictionCsv, int[] labels)
    {
        var lines = File.ReadAllLines(predictionCsv);
        Assert.Equal(labels.Length + 1, lines.Length);
        int correct = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            // A classifier's prediction row is the label, then the class probabilities.
            if (double.Parse(lines[i + 1].Split(',')[0], CultureInfo.InvariantCulture) == labels[i]) correct++;
        }
        return (double)correct / labels.Length;
    }

    private static string[] Labels(string predictionCsv) => [.. File.ReadLines(predictionCsv).Skip(1).Select(line => line.Split(',')[0])];

    private static string LearnwarePackageEntry(string zip, string entry)
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    public void Dispose() => _folder.Dispose();
}
