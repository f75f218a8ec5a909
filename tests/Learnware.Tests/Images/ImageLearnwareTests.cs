using Learnware.Checking;
using Learnware.Reuse;
using Learnware.Images;
using Learnware.Specifications;
using Learnware.Specifications.Images;
using Learnware.Specifications.Semantic;
using Learnware.Tests.Checking;
using Learnware.Tests.Models;
using Learnware.Tests.Specifications.Images;
using Learnware.TestSupport;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Xunit.Abstractions;

namespace Learnware.Tests.Images;

/// <summary>
/// Two Fashion-MNIST classifiers, one for classes 0–4 and one for 5–9, trained with ML.NET on the pixels and
/// exported as ONNX graphs that take [N, 1, 28, 28]: packed with image specifications, checked, added to a market,
/// found by search for their classes' images and reused.
/// </summary>
public class ImageLearnwareTests(ITestOutputHelper output)
{
    private static readonly int[] Low = [0, 1, 2, 3, 4], High = [5, 6, 7, 8, 9];

    [Fact]
    public void ImageLearnwares_PassTheChecks_AreFoundBySearch_AndAreReused()
    {
        using var folder = new TestFolder();
        var train = IdxFile.ReadImages(FashionMnist.TrainImages, 4000);
        var trainLabels = IdxFile.ReadLabels(FashionMnist.TrainLabels, 4000);
        var test = IdxFile.ReadImages(FashionMnist.TestImages, 1000);
        var testLabels = IdxFile.ReadLabels(FashionMnist.TestLabels, 1000);
        var zips = new[] { Low, High }.Select((classes, i) => Pack(folder, $"fashion-{i}", train, trainLabels, classes)).ToArray();

        foreach (var zip in zips)
        {
            var report = new LearnwareChecker().Check(zip);
            Assert.True(report.Passed, string.Join("\n", report.Results));
        }

        var root = folder.Path("market");
        var ids = zips.Select(z => CliRun.Succeeds("market", "add", z, "--root", root).Out.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).ToArray();
        foreach (var (classes, expected) in new[] { (Low, ids[0]), (High, ids[1]) })
        {
            var userImages = folder.Path($"user-{classes[0]}.idx");
            WriteIdx(userImages, Select(test, testLabels, classes, 150).Images);
            var userSpec = folder.Path($"user-{classes[0]}.json");
            CliRun.Succeeds("spec", "image", "--data", userImages, "--out", userSpec, "--k", "20");
            var found = CliRun.Succeeds("market", "search", "--spec", userSpec, "--root", root, "--json").Json();
            var best = found.GetProperty("single")[0];
            output.WriteLine($"classes {classes[0]}-{classes[^1]}: {best}");
            Assert.Equal(expected, best.GetProperty("id").GetString());
        }

        var mixed = folder.Path("mixed.idx");
        var (mixedImages, mixedLabels) = Select(test, testLabels, [.. Low, .. High], 400);
        WriteIdx(mixed, mixedImages);
        int[] Predicted(string name, string[] command)
        {
            var predictions = folder.Path($"{name}.csv");
            CliRun.Succeeds([.. command, "--data", mixed, "--out", predictions]);
            return [.. File.ReadLines(predictions).Skip(1).Select(line => int.Parse(line.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture))];
        }
        double Accuracy(string name, int[] predicted)
        {
            double accuracy = predicted.Zip(mixedLabels).Count(p => p.First == p.Second) / (double)mixedLabels.Length;
            output.WriteLine($"{name}: accuracy {accuracy:F3} on {mixedLabels.Length} held-out images of all ten classes");
            return accuracy;
        }
        var low = Predicted("expert-low", ["predict", zips[0]]);
        var high = Predicted("expert-high", ["predict", zips[1]]);
        double bestSingle = Math.Max(Accuracy("expert-low", low), Accuracy("expert-high", high));
        // The oracle sends every image to the expert of its true class set: the most a job selector can reach.
        var source = mixedLabels.Select(l => Low.Contains(l) ? 0 : 1).ToArray();
        double oracle = Accuracy("oracle", [.. source.Select((s, r) => s == 0 ? low[r] : high[r])]);
        double average = Accuracy("average", Predicted("average", ["reuse", "--method", "average", "--mode", "vote_by_prob", zips[0], zips[1]]));
        double selector = Accuracy("job-selector", Predicted("job-selector", ["reuse", "--method", "job-selector", zips[0], zips[1]]));

        // The selector's routing against the true sources, through the library on the same images.
        using var learnwares = LearnwareSet.Open(zips);
        var route = new JobSelectorReuser(learnwares).Select(InputMatrix(mixedImages));
        double routed = route.Zip(source).Count(p => p.First == p.Second) / (double)source.Length;
        var herded = new JobSelectorReuser(learnwares, new JobSelectorOptions { Router = JobSelectorRouter.HerdedLightGbm }).Select(InputMatrix(mixedImages));
        double herdedRouted = herded.Zip(source).Count(p => p.First == p.Second) / (double)source.Length;
        output.WriteLine($"images sent to their true source's expert: NNGP-distance posterior {routed:F3}, herded LightGBM selector {herdedRouted:F3}");

        // With 300 other held-out images labelled (an IDX image file and an IDX label file): ensemble pruning keeps at
        // least two learnwares, so with two it is their vote by label; feature augmentation learns from the labels
        // which expert's probabilities to trust.
        var labelledImages = folder.Path("labelled.idx");
        var labelledLabels = folder.Path("labelled-labels.idx");
        var labelledRows = Enumerable.Range(400, 300).ToArray();
        WriteIdx(labelledImages, Rows(test, labelledRows));
        WriteIdxLabels(labelledLabels, [.. labelledRows.Select(r => testLabels[r])]);
        string[] withLabels = ["--labeled", labelledImages, "--labels", labelledLabels];
        var pruned = Predicted("ensemble-pruning", ["reuse", "--method", "ensemble-pruning", zips[0], zips[1], .. withLabels]);
        Assert.Equal(Predicted("vote-by-label", ["reuse", "--method", "average", "--mode", "vote_by_label", zips[0], zips[1]]), pruned);
        double augmented = Accuracy("feature-augment", Predicted("feature-augment", ["reuse", "--method", "feature-augment", zips[0], zips[1], .. withLabels]));
        Assert.True(augmented > average, $"feature augmentation {augmented} vs averaging {average}");

        // Each expert knows only five classes, so either alone is right on at most half of the images; the reusers
        // combine both. Ten classes give 0.1 by chance. The selector routes most images to their own expert, so it
        // beats averaging (whose experts each spread their votes over five wrong classes on half the images) and comes
        // near the oracle.
        Assert.True(average > bestSingle, $"averaging {average} vs the best single expert {bestSingle}");
        Assert.True(routed > 0.8, $"only {routed} of the images went to their own class set's expert");
        Assert.True(selector > average, $"job selector {selector} vs averaging {average}");
        Assert.True(selector > 0.85 * oracle, $"job selector {selector} vs the oracle {oracle}");
    }

    private static Learnware.Numerics.DenseMatrix InputMatrix(ImageSet images) =>
        new([.. images.Pixels.Select(v => (double)v)], images.Count, images.ImageSize);

    private string Pack(TestFolder folder, string name, ImageSet train, int[] labels, int[] classes)
    {
        var (images, chosen) = Select(train, labels, classes, 1200);
        var x = Enumerable.Range(0, images.Count).Select(i => images.Pixels.AsSpan(i * 784, 784).ToArray()).ToArray();
        var model = TestModels.FitClassifier(x, chosen.Select(l => Array.IndexOf(classes, l)).ToArray(), ClassifierTrainer.LbfgsMaximumEntropy);
        var onnx = ImageClassifierOnnx(model.Transformer, classes.Length);
        var spec = RkmeImageSpecification.FromImages(images.Pixels, images.Count, 1, 28, 28, new RkmeImageOptions());
        var semantic = SemanticJson.Serialize(SemanticSpecs.Spec("Classification", 784, 10) with
        {
            Data = ["Image"],
            Input = null,
            Name = $"fashion classes {classes[0]} to {classes[^1]}",
        });
        var zip = folder.Path($"{name}.zip");
        CliRun.Succeeds("pack", "--model", folder.Write($"{name}.onnx", onnx), "--stat", WriteSpec(folder, name, spec),
            "--semantic", folder.Write($"{name}-semantic.json", semantic), "--out", zip, "--output", "probabilities", "--classes", string.Join(",", classes));
        return zip;
    }

    private static string WriteSpec(TestFolder folder, string name, RkmeImageSpecification spec)
    {
        var path = folder.Path($"{name}-stat.json");
        StatSpecificationJson.Save(spec, path);
        return path;
    }

    /// <summary>
    /// The fitted maximum-entropy model as an ONNX graph on [N, 1, 28, 28]: Reshape to [N, 784], MatMul by the
    /// weights, Add the biases, Softmax: the same probabilities ML.NET computes.
    /// </summary>
    private static byte[] ImageClassifierOnnx(ITransformer transformer, int classCount)
    {
        var parameters = ((MulticlassPredictionTransformer<MaximumEntropyModelParameters>)transformer).Model;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out int classes);
        Assert.Equal(classCount, classes);
        var matrix = new float[784 * classes];
        for (int c = 0; c < classes; c++)
        {
            var dense = weights[c].DenseValues().ToArray();
            for (int f = 0; f < 784; f++)
                matrix[f * classes + c] = dense[f];
        }
        var biases = parameters.GetBiases().ToArray();
        return new OnnxGraph()
            .Input("image", OnnxGraph.Float, -1, 1, 28, 28)
            .Int64Initializer("flat_shape", -1, 784)
            .Constant("weights", [784, classes], matrix)
            .Constant("biases", [classes], biases)
            .Node("Reshape", ["image", "flat_shape"], ["flat"])
            .Node("MatMul", ["flat", "weights"], ["logits"])
            .Node("Add", ["logits", "biases"], ["scores"])
            .Node("Softmax", ["scores"], ["probabilities"], ("axis", 1))
            .Output("probabilities", OnnxGraph.Float, -1, classes)
            .ToBytes();
    }

    private static (ImageSet Images, int[] Labels) Select(ImageSet set, int[] labels, int[] classes, int take)
    {
        var rows = Enumerable.Range(0, set.Count).Where(i => classes.Contains(labels[i])).Take(take).ToArray();
        return (Rows(set, rows), rows.Select(i => labels[i]).ToArray());
    }

    private static ImageSet Rows(ImageSet set, int[] rows)
    {
        var pixels = new float[rows.Length * set.ImageSize];
        for (int r = 0; r < rows.Length; r++)
            set.Pixels.AsSpan(rows[r] * set.ImageSize, set.ImageSize).CopyTo(pixels.AsSpan(r * set.ImageSize));
        return set with { Pixels = pixels, Count = rows.Length };
    }

    private static void WriteIdxLabels(string path, int[] labels)
    {
        using var file = File.Create(path);
        file.Write([0, 0, 8, 1, (byte)(labels.Length >> 24), (byte)(labels.Length >> 16), (byte)(labels.Length >> 8), (byte)labels.Length]);
        file.Write(labels.Select(l => (byte)l).ToArray());
    }

    private static void WriteIdx(string path, ImageSet images)
    {
        using var file = File.Create(path);
        file.Write([0, 0, 8, 3]);
        foreach (int dim in new[] { images.Count, images.Height, images.Width })
            file.Write([(byte)(dim >> 24), (byte)(dim >> 16), (byte)(dim >> 8), (byte)dim]);
        file.Write(images.Pixels.Select(v => (byte)v).ToArray());
    }
}
