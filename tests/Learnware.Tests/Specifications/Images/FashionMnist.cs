using Learnware.Images;

namespace Learnware.Tests.Specifications.Images;

/// <summary>Fashion-MNIST as Debian's dataset-fashion-mnist installs it (scripts/install-prereqs.sh).</summary>
internal static class FashionMnist
{
    public const string Folder = "/usr/share/datasets/fashion-mnist";

    public static string TrainImages => Require("train-images-idx3-ubyte.gz");
    public static string TrainLabels => Require("train-labels-idx1-ubyte.gz");
    public static string TestImages => Require("t10k-images-idx3-ubyte.gz");
    public static string TestLabels => Require("t10k-labels-idx1-ubyte.gz");

    /// <summary>The images of <paramref name="set"/> whose label is <paramref name="label"/>, at most <paramref name="take"/>.</summary>
    public static ImageSet OfClass(ImageSet set, int[] labels, int label, int take)
    {
        var rows = Enumerable.Range(0, set.Count).Where(i => labels[i] == label).Take(take).ToArray();
        var pixels = new float[rows.Length * set.ImageSize];
        for (int r = 0; r < rows.Length; r++)
            set.Pixels.AsSpan(rows[r] * set.ImageSize, set.ImageSize).CopyTo(pixels.AsSpan(r * set.ImageSize));
        return set with { Pixels = pixels, Count = rows.Length };
    }

    private static string Require(string name)
    {
        var path = Path.Combine(Folder, name);
        Assert.True(File.Exists(path), $"{path} is missing: run scripts/install-prereqs.sh (it installs dataset-fashion-mnist)");
        return path;
    }
}
