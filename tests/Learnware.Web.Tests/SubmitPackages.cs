using System.IO.Compression;
using Learnware.Numerics;
using Learnware.Specifications.Semantic;
using Learnware.TestSupport;

namespace Learnware.Web.Tests;

/// <summary>Packages to submit through the wizard: a real classifier packed with its RKME, and the same with a broken manifest.</summary>
internal static class SubmitPackages
{
    public const int Features = 4;

    /// <summary>A classifier of <see cref="Features"/> features telling rows above zero (on the first) from those below, trained on rows drawn from <paramref name="seed"/>.</summary>
    public static byte[] Classifier(SemanticSpecification semantic, int seed = 7)
    {
        var random = new Random(seed);
        float[][] rows = [.. Enumerable.Range(0, 120).Select(_ => Enumerable.Range(0, Features).Select(_ => (float)StandardNormal.Sample(random)).ToArray())];
        var labels = rows.Select(r => r[0] > 0 ? 1 : 0).ToArray();
        return TestPackages.Zip(TestPackages.Pack(TestModels.TrainClassifierOnnx(rows, labels), SemanticJson.Serialize(semantic),
            TestPackages.StatJson(rows, k: 10)));
    }

    /// <summary>The package without the entry <paramref name="missing"/>, which its manifest still names.</summary>
    public static byte[] Without(byte[] package, string missing)
    {
        using var buffer = new MemoryStream();
        buffer.Write(package);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
            (zip.GetEntry(missing) ?? throw new ArgumentException($"the package has no {missing}", nameof(missing))).Delete();
        return buffer.ToArray();
    }

    /// <summary>Writes the bytes to a new temporary file (the browser's file input takes a path) and returns its path.</summary>
    public static string ToTempFile(byte[] bytes, string name)
    {
        var folder = Directory.CreateTempSubdirectory("lwd-submit-");
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
