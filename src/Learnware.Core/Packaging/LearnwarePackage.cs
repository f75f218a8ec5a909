using System.Collections.Frozen;

namespace Learnware.Packaging;

/// <summary>
/// A learnware: its manifest and its files, keyed by normalised path (without <c>learnware.yaml</c>).
/// Construction checks the package rules, so an instance is always a valid package.
/// </summary>
public sealed class LearnwarePackage
{
    private readonly string _modelPath;
    private readonly FrozenDictionary<string, string> _statJson;
    private readonly string _semanticJson;

    /// <summary>
    /// Builds a package; throws <see cref="PackageFormatException"/> when a file name is not a normalised package path,
    /// a file is an archive, the manifest breaks a rule or names a missing file, or a text file is not UTF-8.
    /// The byte arrays are kept, not copied.
    /// </summary>
    public LearnwarePackage(LearnwareManifest manifest, IReadOnlyDictionary<string, byte[]> files)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(files);
        try
        {
            manifest.Validate();
        }
        catch (ManifestException e)
        {
            throw new PackageFormatException(PackageError.ManifestInvalid, LearnwareManifest.FileName, e.Message, e);
        }

        CheckFiles(files);
        Manifest = manifest;
        Files = files.ToFrozenDictionary(StringComparer.Ordinal);

        foreach (var reference in manifest.ReferencedFiles())
        {
            Require(reference);
        }

        _modelPath = PackagePath.Normalize(manifest.Model.File);
        _statJson = manifest.StatSpecifications
            .Select((s, i) => Text(($"stat_specifications[{i}].file", s.File)))
            .ToFrozenDictionary(t => t.Path, t => t.Text, StringComparer.Ordinal);
        _semanticJson = Text(("semantic_specification", manifest.SemanticSpecification)).Text;
        Readme = manifest.Readme is null ? null : Text(("readme", manifest.Readme)).Text;
    }

    /// <summary>The manifest.</summary>
    public LearnwareManifest Manifest { get; }

    /// <summary>Every file of the package except the manifest, keyed by normalised path (<c>/</c> separators, no <c>./</c>).</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>The ONNX model named by <c>model.file</c>.</summary>
    public byte[] ModelBytes => Files[_modelPath];

    /// <summary>The JSON text of the semantic specification.</summary>
    public string SemanticSpecificationJson => _semanticJson;

    /// <summary>The readme text, or null when the manifest names none.</summary>
    public string? Readme { get; }

    /// <summary>The JSON text of the first statistical specification.</summary>
    public string StatSpecificationJson() => StatSpecificationJson(Manifest.StatSpecifications[0].File);

    /// <summary>The JSON text of the statistical specification stored in <paramref name="file"/>, as named in the manifest.</summary>
    /// <exception cref="ArgumentException">The manifest names no statistical specification with that file.</exception>
    public string StatSpecificationJson(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string path;
        try
        {
            path = PackagePath.Normalize(file);
        }
        catch (PackageFormatException e)
        {
            throw new ArgumentException(e.Message, nameof(file), e);
        }

        return _statJson.TryGetValue(path, out var json)
            ? json
            : throw new ArgumentException($"'{file}' is not a statistical specification of this package", nameof(file));
    }

    private static void CheckFiles(IReadOnlyDictionary<string, byte[]> files)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { LearnwareManifest.FileName };
        foreach (var (name, bytes) in files)
        {
            ArgumentNullException.ThrowIfNull(bytes, nameof(files));
            if (PackagePath.Normalize(name) != name || PackagePath.IsDirectory(name))
            {
                throw new PackageFormatException(PackageError.InvalidEntryName, name, "not a normalised file path (expected forward slashes, no './' or trailing '/')");
            }

            if (!seen.Add(name))
            {
                throw new PackageFormatException(PackageError.DuplicateEntry, name, "duplicate entry (names are compared ignoring case)");
            }

            CheckNotArchive(name, bytes);
        }
    }

    /// <summary>Throws <see cref="PackageError.NestedArchive"/> when the name or the content marks an archive.</summary>
    internal static void CheckNotArchive(string name, ReadOnlySpan<byte> content)
    {
        if (ArchiveSignatures.ArchiveExtension(name) is { } extension)
        {
            throw new PackageFormatException(PackageError.NestedArchive, name, $"nested archive ({extension} file)");
        }

        if (ArchiveSignatures.ArchiveFormat(content) is { } format)
        {
            throw new PackageFormatException(PackageError.NestedArchive, name, $"nested archive (content is {format} data)");
        }
    }

    private string Require((string Field, string File) reference)
    {
        var path = PackagePath.Normalize(reference.File);
        return Files.ContainsKey(path)
            ? path
            : throw new PackageFormatException(PackageError.MissingFile, reference.File, $"named by {reference.Field} but not in the package");
    }

    private (string Path, string Text) Text((string Field, string File) reference)
    {
        var path = Require(reference);
        return PackageText.TryDecode(Files[path], out var text)
            ? (path, text)
            : throw new PackageFormatException(PackageError.InvalidText, reference.File, $"named by {reference.Field} as text but not valid UTF-8");
    }
}
