using System.Text;
using Learnware.Packaging;

namespace Learnware.Tests.Packaging;

public class LearnwarePackageTests
{
    [Fact]
    public void Accessors_return_the_files_the_manifest_names()
    {
        var package = Samples.Package();

        Assert.Equal(Samples.ModelBytes, package.ModelBytes);
        Assert.Contains("RKMETableSpecification", package.StatSpecificationJson());
        Assert.Equal(package.StatSpecificationJson(), package.StatSpecificationJson("./stat.json"));
        Assert.Contains("Table", package.SemanticSpecificationJson);
        Assert.Equal("# Sample\n", package.Readme);
    }

    [Fact]
    public void A_file_that_is_no_stat_specification_is_not_returned_as_one()
    {
        Assert.Throws<ArgumentException>(() => Samples.Package().StatSpecificationJson("semantic.json"));
    }

    [Fact]
    public void Readme_is_null_when_the_manifest_names_none()
    {
        var files = Samples.Files();
        files.Remove("README.md");

        Assert.Null(new LearnwarePackage(Samples.Manifest() with { Readme = null }, files).Readme);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        var files = Samples.Files();
        files["semantic.json"] = [.. Encoding.UTF8.Preamble, .. "{}"u8];

        Assert.Equal("{}", new LearnwarePackage(Samples.Manifest(), files).SemanticSpecificationJson);
    }

    [Fact]
    public void Stat_specifications_may_sit_in_a_subfolder()
    {
        var files = Samples.Files();
        files["specs/rkme.json"] = files["stat.json"];
        var manifest = Samples.Manifest() with
        {
            StatSpecifications = [.. Samples.Manifest().StatSpecifications, new StatSpecificationRef("specs/rkme.json", "RKMETableSpecification")],
        };

        var package = new LearnwarePackage(manifest, files);

        Assert.Equal(package.StatSpecificationJson(), package.StatSpecificationJson("specs/rkme.json"));
    }

    [Fact]
    public void A_missing_file_is_refused()
    {
        var files = Samples.Files();
        files.Remove("model.onnx");

        var error = Assert.Throws<PackageFormatException>(() => new LearnwarePackage(Samples.Manifest(), files));

        Assert.Equal(PackageError.MissingFile, error.Code);
        Assert.Equal("model.onnx", error.EntryName);
    }

    [Theory]
    [InlineData("./notes.txt", PackageError.InvalidEntryName)]
    [InlineData("docs/", PackageError.InvalidEntryName)]
    [InlineData("../notes.txt", PackageError.PathTraversal)]
    [InlineData("LEARNWARE.yaml", PackageError.DuplicateEntry)]
    [InlineData("extra.tgz", PackageError.NestedArchive)]
    public void A_file_name_the_reader_would_refuse_is_refused(string name, PackageError code)
    {
        var files = Samples.Files();
        files[name] = "text"u8.ToArray();

        var error = Assert.Throws<PackageFormatException>(() => new LearnwarePackage(Samples.Manifest(), files));

        Assert.Equal(code, error.Code);
        Assert.Equal(name, error.EntryName);
    }

    [Fact]
    public void A_manifest_that_breaks_a_rule_is_refused()
    {
        var manifest = Samples.Manifest() with { SemanticSpecification = "" };

        var error = Assert.Throws<PackageFormatException>(() => new LearnwarePackage(manifest, Samples.Files()));

        Assert.Equal(PackageError.ManifestInvalid, error.Code);
        Assert.Equal("semantic_specification", Assert.IsType<ManifestException>(error.InnerException).Field);
    }
}
