using System.Text;
using Learnware.Models;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.TestSupport;

/// <summary>Learnware packages built in memory from a model and its specifications, as <c>learnware pack</c> builds them.</summary>
public static class TestPackages
{
    public const string ModelFile = "model.onnx", StatFile = "stat.json", SemanticFile = "semantic.json";

    /// <summary>The RKME (K = <paramref name="k"/>) of the rows, as JSON bytes.</summary>
    public static byte[] StatJson(float[][] rows, int k = 20) =>
        Encoding.UTF8.GetBytes(RkmeJson.Serialize(RkmeTableSpecification.FromData(Matrix(rows), new RkmeOptions { ReducedSetSize = k })));

    public static DenseMatrix Matrix(float[][] rows) => DenseMatrix.FromRows([.. rows.Select(r => r.Select(v => (double)v).ToArray())]);

    /// <summary>Packs a model with its specifications, the manifest inferred as <c>learnware pack</c> infers it.</summary>
    public static LearnwarePackage Pack(byte[] onnx, string semanticJson, byte[] statJson, ManifestOverrides? overrides = null)
    {
        // The manifest names the file's kind; a deliberately broken file (for the checks to reject) is named a table.
        string? type;
        try
        {
            type = StatSpecificationJson.TypeOf(statJson);
        }
        catch (SpecificationException)
        {
            type = null;
        }
        LearnwareManifest manifest;
        using (var model = OnnxModel.Load(onnx))
            manifest = ManifestInference.Infer(model, SemanticJson.Parse(semanticJson), ModelFile, StatFile, SemanticFile, null, overrides,
                StatSpecificationJson.IsKnown(type) ? type : null);
        return new LearnwarePackage(manifest, new Dictionary<string, byte[]>
        {
            [ModelFile] = onnx,
            [StatFile] = statJson,
            [SemanticFile] = Encoding.UTF8.GetBytes(semanticJson),
        });
    }

    /// <summary>The package's zip bytes.</summary>
    public static byte[] Zip(LearnwarePackage package)
    {
        using var buffer = new MemoryStream();
        new LearnwarePackageWriter().Write(package, buffer);
        return buffer.ToArray();
    }
}
