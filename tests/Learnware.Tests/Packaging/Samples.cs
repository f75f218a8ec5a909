using System.Text;
using Learnware.Packaging;

namespace Learnware.Tests.Packaging;

/// <summary>A small valid manifest and package, in YAML, record and file form.</summary>
internal static class Samples
{
    public const string ManifestYaml = """
        format_version: 1
        model:
          file: model.onnx
          kind: classifier
          input:
            name: Features
            shape: [8]
          output:
            name: Score.output
            shape: [3]
            meaning: probabilities
            classes: [0, 1, 2]
        stat_specifications:
          - file: stat.json
            type: RKMETableSpecification
        semantic_specification: semantic.json
        readme: README.md
        """;

    // Starts like a protobuf ONNX model (field 1, ir_version), not like any archive.
    public static readonly byte[] ModelBytes = [0x08, 0x07, 0x12, 0x04, 0x74, 0x65, 0x73, 0x74];

    public static LearnwareManifest Manifest() => new(
        new ModelSpec(
            "model.onnx",
            ModelKind.Classifier,
            new ModelInputSpec("Features", [8]),
            new ModelOutputSpec("Score.output", [3], OutputMeaning.Probabilities, [0, 1, 2])),
        [new StatSpecificationRef("stat.json", "RKMETableSpecification")],
        "semantic.json",
        "README.md");

    public static Dictionary<string, byte[]> Files() => new(StringComparer.Ordinal)
    {
        ["model.onnx"] = ModelBytes,
        ["stat.json"] = Encoding.UTF8.GetBytes("""{"type":"RKMETableSpecification","z":[[0.5]]}"""),
        ["semantic.json"] = Encoding.UTF8.GetBytes("""{"Data":{"Values":["Table"]}}"""),
        ["README.md"] = Encoding.UTF8.GetBytes("# Sample\n"),
    };

    public static LearnwarePackage Package() => new(Manifest(), Files());

    /// <summary>The entries of a valid package, manifest included, ready to be written into a zip.</summary>
    public static Dictionary<string, byte[]> Entries()
    {
        var entries = Files();
        entries[LearnwareManifest.FileName] = Encoding.UTF8.GetBytes(ManifestYaml);
        return entries;
    }
}
