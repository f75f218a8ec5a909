using Xunit;

namespace Learnware.TestSupport;

/// <summary>Steps of the <c>learnware</c> command that several tests run before the part they test.</summary>
public static class CliSteps
{
    /// <summary>
    /// Runs <c>spec table</c> (K = 20) on the training rows, then <c>pack</c> with <paramref name="options"/>, in
    /// <paramref name="folder"/>; returns the package path and the pack run.
    /// </summary>
    public static (string Zip, CliRun Pack) SpecAndPack(this TestFolder folder, string name, byte[] onnx, string semanticJson,
        float[][] train, params string[] options)
    {
        var data = folder.WriteCsv($"{name}-train.csv", TestPackages.Matrix(train));
        var stat = folder.Path($"{name}-stat.json");
        var spec = CliRun.Succeeds("spec", "table", "--data", data, "--out", stat, "--k", "20", "--seed", "3");
        Assert.StartsWith($"wrote {stat}: 20 points x {train[0].Length} features from {train.Length} rows", spec.Out, StringComparison.Ordinal);
        var zip = folder.Path($"{name}.zip");
        var pack = CliRun.Succeeds(["pack", "--model", folder.Write($"{name}.onnx", onnx), "--stat", stat,
            "--semantic", folder.Write($"{name}-semantic.json", semanticJson), "--out", zip, .. options]);
        return (zip, pack);
    }
}
