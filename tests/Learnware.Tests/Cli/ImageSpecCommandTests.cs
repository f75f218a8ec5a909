using Learnware.Specifications;
using Learnware.Specifications.Images;
using Learnware.Tests.Specifications.Images;
using Learnware.TestSupport;
using SkiaSharp;

namespace Learnware.Tests.Cli;

public class ImageSpecCommandTests
{
    [Fact]
    public void SpecImage_FromAnIdxFile_WritesAReadableImageSpecification()
    {
        using var folder = new TestFolder();
        var target = folder.Path("fashion.json");

        var run = CliRun.Of("spec", "image", "--data", FashionMnist.TrainImages, "--out", target, "--k", "10", "--limit", "300", "--json");

        Assert.Equal(0, run.ExitCode);
        var spec = Assert.IsType<RkmeImageSpecification>(StatSpecificationJson.Load(target));
        Assert.Equal(10, spec.Count);
        Assert.Equal(1, spec.Channels);
        Assert.Equal(300, run.Json().GetProperty("images").GetInt32());

        var info = CliRun.Of("spec", "info", target, "--json").Json();
        Assert.Equal(RkmeImageSpecification.TypeName, info.GetProperty("type").GetString());
        Assert.Equal([1, 32, 32], info.GetProperty("point_shape").EnumerateArray().Select(e => e.GetInt32()));
        var distance = CliRun.Of("spec", "dist", target, target, "--json").Json().GetProperty("mmd2").GetDouble();
        Assert.Equal(0, distance, 6);
    }

    [Fact]
    public void SpecImage_FromAFolderOfPngAndJpegFiles()
    {
        using var folder = new TestFolder();
        var images = Directory.CreateDirectory(folder.Path("images")).FullName;
        for (int i = 0; i < 6; i++)
            Save(Path.Combine(images, $"img{i}.{(i % 2 == 0 ? "png" : "jpg")}"), 40 + i, i % 2 == 0 ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg);
        var target = folder.Path("spec.json");

        var run = CliRun.Of("spec", "image", "--data", images, "--out", target, "--k", "3");

        Assert.Equal(0, run.ExitCode);
        var spec = Assert.IsType<RkmeImageSpecification>(StatSpecificationJson.Load(target));
        Assert.Equal(3, spec.Channels);
        Assert.Equal(3, spec.Count);
    }

    [Fact]
    public void SpecImage_RejectsAFileThatIsNotAnImageSource()
    {
        using var folder = new TestFolder();
        var bogus = folder.Write("bogus.idx", [0, 0, 0x0d, 3, 0, 0, 0, 1]);

        var run = CliRun.Of("spec", "image", "--data", bogus, "--out", folder.Path("x.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("element type 0x0d is not supported", run.Error);
    }

    [Fact]
    public void SpecImage_RejectsAnIdxHeaderBeyondTheDecodingBudget_BeforeReadingPixels()
    {
        using var folder = new TestFolder();
        // 100,000 images of 20,000 x 20,000 announced, with no pixels behind the header.
        var huge = folder.Write("huge.idx", [0, 0, 8, 3, 0, 1, 0x86, 0xa0, 0, 0, 0x4e, 0x20, 0, 0, 0x4e, 0x20]);

        var run = CliRun.Of("spec", "image", "--data", huge, "--out", folder.Path("x.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("exceeds the limit", run.Error);
    }

    private static void Save(string path, int size, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(size, size);
        for (int y = 0; y < size; y++)
            for (int x = 0; x < size; x++)
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 5), (byte)(y * 5), (byte)((x + y) * 3)));
        using var data = bitmap.Encode(format, 90);
        File.WriteAllBytes(path, data.ToArray());
    }
}
