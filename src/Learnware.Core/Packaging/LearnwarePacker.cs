using System.IO.Compression;
using System.Text;
using Learnware.Models;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.Packaging;

/// <summary>
/// Packs an ONNX model with its specifications: validates both specifications, infers the manifest from the model
/// and the semantics, and names the files as every learnware package does. The CLI's <c>pack</c>, the dock's demo
/// seeding and the tests all pack through here.
/// </summary>
public static class LearnwarePacker
{
    /// <summary>The file names inside a packed learnware.</summary>
    public const string ModelEntry = "model.onnx", StatEntry = "stat.json", SemanticEntry = "semantic.json", ReadmeEntry = "README.md";

    /// <summary>
    /// Builds the package. With <paramref name="validateSpecifications"/> false the specifications go in as given, for
    /// building the faulty packages that show what the checker rejects.
    /// </summary>
    /// <exception cref="SemanticSpecificationInvalidException">The semantic specification breaks a rule.</exception>
    /// <exception cref="SpecificationException">The statistical specification does not parse.</exception>
    /// <exception cref="ManifestException">The model does not fit the task, or the manifest's choice is ambiguous.</exception>
    /// <exception cref="ModelException">The model does not load.</exception>
    public static LearnwarePackage Pack(PackSources sources, bool validateSpecifications = true)
    {
        ArgumentNullException.ThrowIfNull(sources);
        IStatSpecification? stat = null;
        string? statType = null;
        if (validateSpecifications)
        {
            ValidateSemantic(sources.SemanticJson);
            stat = StatSpecificationJson.Parse(sources.StatSpecification);
            statType = stat.TypeName;
        }
        else
        {
            // A faulty specification still names its kind (and a text one its encoder) in the manifest when it can;
            // a file of no known kind is named a table, for the checks to reject.
            stat = ParsedOrNull(sources.StatSpecification);
            statType = stat?.TypeName ?? (TypeOrNull(sources.StatSpecification) is { } type && StatSpecificationJson.IsKnown(type) ? type : null);
        }
        LearnwareManifest manifest;
        using (var onnx = OnnxModel.Load(sources.Model, sources.ModelName))
            manifest = ManifestInference.Infer(onnx, SemanticJson.Parse(sources.SemanticJson), ModelEntry, StatEntry,
                SemanticEntry, sources.Readme is null ? null : ReadmeEntry, sources.Overrides, statType,
                (stat as RkmeTextSpecification)?.Encoder);
        var files = new Dictionary<string, byte[]>
        {
            [ModelEntry] = sources.Model,
            [StatEntry] = sources.StatSpecification,
            [SemanticEntry] = Encoding.UTF8.GetBytes(sources.SemanticJson),
        };
        if (sources.Readme is not null)
            files[ReadmeEntry] = sources.Readme;
        return new LearnwarePackage(manifest, files);
    }

    private static IStatSpecification? ParsedOrNull(byte[] json)
    {
        try
        {
            return StatSpecificationJson.Parse(json);
        }
        catch (SpecificationException)
        {
            return null;
        }
    }

    private static string? TypeOrNull(byte[] json)
    {
        try
        {
            return StatSpecificationJson.TypeOf(json);
        }
        catch (SpecificationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The package in <paramref name="package"/> (zip bytes) with <paramref name="semanticJson"/> in place of its semantic
    /// specification: the file the manifest names is replaced by the given text, the manifest and every other file kept
    /// as they are. The specification is validated as <see cref="Pack"/> validates one; whether it fits the model is
    /// for the checks to say, as for any package.
    /// </summary>
    /// <remarks>
    /// The package is read (and so held to <paramref name="limits"/>) first; then only the specification's entry is
    /// written anew, the others keep their compressed bytes: compressing a large model again would cost seconds per
    /// upload. The same package and text therefore give the same bytes.
    /// </remarks>
    /// <exception cref="SemanticSpecificationInvalidException">The semantic specification breaks a rule.</exception>
    /// <exception cref="PackageFormatException">The package cannot be read.</exception>
    public static byte[] WithSemantic(byte[] package, string semanticJson, PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(semanticJson);
        ValidateSemantic(semanticJson, limits);
        LearnwarePackage read;
        using (var stream = new MemoryStream(package, writable: false))
            read = new LearnwarePackageReader(limits).Read(stream);
        var semanticPath = PackagePath.Normalize(read.Manifest.SemanticSpecification);

        using var buffer = new MemoryStream();
        buffer.Write(package);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true, Encoding.UTF8))
        {
            // The reader accepted every name, and no two of them normalise alike, so exactly one entry is the file.
            archive.Entries.Single(e => !PackagePath.IsDirectory(e.FullName) && PackagePath.Normalize(e.FullName) == semanticPath).Delete();
            var bytes = Encoding.UTF8.GetBytes(semanticJson);
            LearnwarePackageWriter.AddEntry(archive, semanticPath, bytes, new LearnwarePackageWriter(limits).ChooseCompression(bytes));
        }
        return buffer.ToArray();
    }

    /// <summary>Refuses a semantic specification (JSON text) that could not be packed, with every rule it breaks.</summary>
    /// <exception cref="SemanticSpecificationInvalidException">The specification breaks a rule.</exception>
    public static void ValidateSemantic(string semanticJson, PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(semanticJson);
        var violations = SemanticValidator.ValidateJson(semanticJson, limits);
        if (violations.Count > 0)
            throw new SemanticSpecificationInvalidException(violations);
    }

    /// <summary>Builds the package and returns its zip bytes.</summary>
    public static byte[] PackToZip(PackSources sources, PackageLimits? limits = null)
    {
        using var buffer = new MemoryStream();
        new LearnwarePackageWriter(limits).Write(Pack(sources), buffer);
        return buffer.ToArray();
    }
}
