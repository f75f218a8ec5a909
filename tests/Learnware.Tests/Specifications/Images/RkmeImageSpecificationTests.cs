using Learnware.Images;
using Learnware.Numerics;
using Learnware.Specifications;
using Learnware.Specifications.Images;
using Xunit.Abstractions;

namespace Learnware.Tests.Specifications.Images;

public class RkmeImageSpecificationTests(ITestOutputHelper output)
{
    [Fact]
    public void ASpecOfOneClass_IsNearestToHeldOutImagesOfThatClass()
    {
        var train = IdxFile.ReadImages(FashionMnist.TrainImages, 6000);
        var trainLabels = IdxFile.ReadLabels(FashionMnist.TrainLabels, 6000);
        var test = IdxFile.ReadImages(FashionMnist.TestImages, 3000);
        var testLabels = IdxFile.ReadLabels(FashionMnist.TestLabels, 3000);
        var specs = Enumerable.Range(0, 10).Select(c => Spec(FashionMnist.OfClass(train, trainLabels, c, 500))).ToArray();
        var users = Enumerable.Range(0, 10).Select(c => Spec(FashionMnist.OfClass(test, testLabels, c, 200))).ToArray();

        for (int c = 0; c < 10; c++)
        {
            var distances = users.Select(u => ((IStatSpecification)specs[c]).SquaredDistance(u)).ToArray();
            int nearest = Array.IndexOf(distances, distances.Min());
            double runnerUp = distances.Where((_, d) => d != c).Min();
            output.WriteLine($"class {c}: own {distances[c]:G4}, nearest other {runnerUp:G4}, ratio {runnerUp / distances[c]:F2}");
            Assert.Equal(c, nearest);
        }
    }

    [Fact]
    public void ASpecIsNearItsOwnImages_AndItsWeightsAreOnTheSimplex()
    {
        var images = IdxFile.ReadImages(FashionMnist.TrainImages, 300);
        var spec = Spec(images);
        var prepared = ImagePreprocessing.Prepare(images.Pixels, images.Count, 1, 28, 28);
        IStatSpecification own = spec;
        var data = own.Empirical(new DenseMatrix(prepared.Select(v => (double)v).ToArray(), images.Count, 1024));

        double mmd2 = own.SquaredDistance(data);
        double spread = data.SquaredDistance(own.Empirical(new DenseMatrix(new double[1024], 1, 1024)));
        output.WriteLine($"MMD² of the spec to its 300 images {mmd2:G4}; of one blank image to them {spread:G4}");
        Assert.Equal(1, spec.Weights.ToArray().Sum(), 9);
        Assert.All(spec.Weights.ToArray(), w => Assert.True(w >= 0));
        Assert.True(mmd2 < spread / 20, $"MMD² {mmd2} is not well below the blank image's {spread}");
    }

    [Fact]
    public void Json_RoundTripsAndKeepsTheReferenceKeys()
    {
        var random = new Random(1);
        var points = Enumerable.Range(0, 2 * 3 * 1024).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var spec = new RkmeImageSpecification(points, 3, [0.25, 0.75], new ImageFeatureConfig(4, 32));

        var json = spec.ToJson();
        var back = Assert.IsType<RkmeImageSpecification>(StatSpecificationJson.Parse(json));

        Assert.StartsWith("""{"RKME_IMAGE_VERSION":1,"msg":null,"z":[[[[""", json);
        Assert.EndsWith("\"beta\":[0.25,0.75],\"n_models\":4,\"model_config\":{\"k\":1,\"mu\":0,\"sigma\":null,\"net_width\":32,\"net_depth\":3},\"type\":\"RKMEImageSpecification\"}", json);
        Assert.Equal(points, back.Points.ToArray());
        Assert.Equal(json, back.ToJson());
        Assert.Equal([3, 32, 32], back.PointShape);
    }

    [Theory]
    [InlineData("""{"type":"RKMEImageSpecification","z":[[[[1]]]],"beta":[1]}""", "\"z\"[0][0] must have 32 rows")]
    [InlineData("""{"type":"RKMEImageSpecification","beta":[1]}""", "\"z\" is missing")]
    [InlineData("""{"type":"RKMEImageSpecification","RKME_IMAGE_VERSION":2,"z":[],"beta":[]}""", "only version 1")]
    [InlineData("""{"type":"RKMEImageSpecification","z":[],"beta":[],"model_config":{"net_depth":4}}""", "\"z\" must be a non-empty list")]
    public void Parse_RejectsBadFilesWithTheKeyAndTheReason(string json, string expected)
    {
        var error = Assert.Throws<SpecificationException>(() => StatSpecificationJson.Parse(json));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void SearchDistance_IsTheReferenceTransform()
    {
        IStatSpecification spec = new RkmeImageSpecification(new float[1024], 1, [1.0]);
        Assert.Equal(1 - Math.Exp(-1), spec.SearchDistance(0.00005), 12);
        Assert.Equal(0, spec.SearchDistance(0), 12);
    }

    [Fact]
    public void Prepare_FillsNonFinitePixelsWithTheImageMean_AndRejectsAnImageWithoutAny()
    {
        var images = new float[2 * 32 * 32];
        images.AsSpan(0, 1024).Fill(2);
        images[5] = float.NaN;
        images.AsSpan(1024).Fill(4);
        images[1024 + 7] = float.PositiveInfinity;
        var prepared = ImagePreprocessing.Prepare(images, 2, 1, 32, 32);
        Assert.Equal(prepared[0], prepared[5]);
        Assert.Equal(prepared[1024], prepared[1024 + 7]);

        images.AsSpan(1024).Fill(float.NaN);
        var error = Assert.Throws<SpecificationException>(() => ImagePreprocessing.Prepare(images, 2, 1, 32, 32));
        Assert.Contains("image 1 has no finite pixel", error.Message);
    }

    private static RkmeImageSpecification Spec(ImageSet set) =>
        RkmeImageSpecification.FromImages(set.Pixels, set.Count, set.Channels, set.Height, set.Width);
}
