using System.IO.Compression;
using System.Text;
using Learnware.Checking;
using Learnware.Packaging;
using Learnware.Specifications.Semantic;
using Learnware.Tests.Checking;

namespace Learnware.Tests.Packaging;

/// <summary>
/// <see cref="LearnwarePacker.WithSemantic"/>: the package keeps its manifest and every other file byte for byte, its
/// semantic.json becomes the given text, and a specification that breaks a rule is refused naming the field.
/// </summary>
public sealed class PackerWithSemanticTests(LearnwareFixture fixture) : IClassFixture<LearnwareFixture>
{
    private byte[] Original => TestPackages.Zip(fixture.Classifier);

    private static string Renamed(string name, string description) =>
        SemanticJson.Serialize(SemanticSpecs.Spec("Classification", LearnwareFixture.Features, LearnwareFixture.Classes) with
        {
            Name = name,
            Description = description,
        });

    [Fact]
    public void TheSemanticFileIsReplaced_AndEverythingElseKept_AndTheResultPassesTheChecks()
    {
        var json = Renamed("Typed classifier", "Described in the wizard rather than in the package.");

        var repacked = LearnwarePacker.WithSemantic(Original, json);

        var read = new LearnwarePackageReader().Read(new MemoryStream(repacked));
        Assert.Equal(json, read.SemanticSpecificationJson);
        Assert.Equal(fixture.Classifier.Manifest, read.Manifest);
        Assert.Equal(fixture.Classifier.Files.Keys.Order(StringComparer.Ordinal), read.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, bytes) in fixture.Classifier.Files.Where(f => f.Key != TestPackages.SemanticFile))
            Assert.Equal(bytes, read.Files[file]);
        Assert.True(new LearnwareChecker().Check(read).Passed);
    }

    [Fact]
    public void TheOtherEntries_KeepTheirCompressedBytes_AndTheSameInputsGiveTheSameBytes()
    {
        // The model stored uncompressed, as no writer of this project would store it: a repack that deflated the
        // package anew would compress it.
        using var original = new MemoryStream();
        using (var archive = new ZipArchive(original, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in new[] { (LearnwareManifest.FileName, Read(Original, LearnwareManifest.FileName)) }
                .Concat(fixture.Classifier.Files.Select(f => (f.Key, f.Value))))
            {
                using var data = archive.CreateEntry(name, name == TestPackages.ModelFile ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open();
                data.Write(bytes);
            }
        }
        var json = Renamed("Typed classifier", "Described in the wizard rather than in the package.");

        var repacked = LearnwarePacker.WithSemantic(original.ToArray(), json);

        using var result = new ZipArchive(new MemoryStream(repacked), ZipArchiveMode.Read);
        var model = result.GetEntry(TestPackages.ModelFile)!;
        Assert.Equal(model.Length, model.CompressedLength);
        Assert.Equal(fixture.Classifier.Files[TestPackages.ModelFile], Read(repacked, TestPackages.ModelFile));
        Assert.Equal(json, Encoding.UTF8.GetString(Read(repacked, TestPackages.SemanticFile)));
        Assert.Equal(repacked, LearnwarePacker.WithSemantic(original.ToArray(), json));
        Assert.True(new LearnwareChecker().Check(new LearnwarePackageReader().Read(new MemoryStream(repacked))).Passed);
    }

    private static byte[] Read(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var data = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        data.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void AnInvalidSpecification_IsRefusedNamingTheField()
    {
        var error = Assert.Throws<SemanticSpecificationInvalidException>(() => LearnwarePacker.WithSemantic(Original, Renamed("ab", "Long enough to pass.")));

        var violation = Assert.Single(error.Violations);
        Assert.Equal("$.Name.Values", violation.Path);
        Assert.Contains("5 to 50 characters", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotJson_IsRefusedAsAWhole()
    {
        var error = Assert.Throws<SemanticSpecificationInvalidException>(() => LearnwarePacker.WithSemantic(Original, "{\"Name\": "));

        Assert.Equal("$", Assert.Single(error.Violations).Path);
    }

    [Fact]
    public void AnUnreadablePackage_IsRefusedAsAPackage()
    {
        Assert.Throws<PackageFormatException>(() => LearnwarePacker.WithSemantic([1, 2, 3, 4], Renamed("Typed classifier", "A valid description.")));
    }
}
