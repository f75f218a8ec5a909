using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Learnware.Checking;
using Learnware.Models;
using Learnware.Packaging;
using Learnware.Tables;
using Learnware.Tests.Checking;
using Learnware.Tests.Models;
using Xunit.Abstractions;

namespace Learnware.Tests.Security;

/// <summary>
/// Structure-aware fuzzing from a fixed seed: valid zips and protobuf framing around hostile contents, run through the
/// checker as the dock's workers run it. Every case must end in a clean rejection with a reason, or a legitimate
/// pass; never an escaped exception, a run past its limit, or a leak. A case built to be hostile fails the test if
/// the checker accepts it.
/// </summary>
public class HostileInputFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 2_000;
    private const string Secret = "FUZZ-SECRET-7f3a";

    private static readonly CheckOptions Options = new()
    {
        HerdedInputs = 4,
        GaussianInputs = 2,
        Limits = new PackageLimits { ModelRun = new ModelRunLimits { WallClock = TimeSpan.FromMilliseconds(300), MemoryBytes = 512L * 1024 * 1024 } },
    };

    private enum Expect { Refused, Either }

    private sealed record Case(string Kind, Dictionary<string, byte[]> Entries, Expect Expect, string? MustFail);

    [Fact]
    public void HostilePackages_AreRejectedWithAReason_AndNeverCrashHangOrLeak()
    {
        var basis = Basis();
        var random = new Random(20261127);
        var checker = new LearnwareChecker(Options);
        var kinds = new Dictionary<string, int>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Cases; i++)
        {
            var fuzz = Generate(random, basis, i);
            kinds[fuzz.Kind] = kinds.GetValueOrDefault(fuzz.Kind) + 1;
            CheckReport report;
            try
            {
                report = checker.Check(new MemoryStream(Zip(fuzz.Entries)));
            }
            catch (Exception e)
            {
                Assert.Fail($"case {i} ({fuzz.Kind}): the checker threw {e}");
                return;
            }

            var details = string.Join("\n", report.Results.Select(r => $"{r.Name}: {r.Status}: {r.Detail}"));
            Assert.DoesNotContain(Secret, details, StringComparison.Ordinal);
            Assert.All(report.Results.Where(r => r.Status == CheckStatus.Failed), r => Assert.False(string.IsNullOrWhiteSpace(r.Detail), $"case {i}: {r.Name} failed without a reason"));
            if (fuzz.Expect == Expect.Refused)
            {
                Assert.False(report.Passed, $"case {i} ({fuzz.Kind}) is hostile but was accepted:\n{details}");
                if (fuzz.MustFail is { } check)
                    Assert.True(report.Results.Any(r => r.Name == check && r.Status == CheckStatus.Failed), $"case {i} ({fuzz.Kind}): '{check}' did not fail:\n{details}");
            }
        }

        output.WriteLine($"{Cases} cases in {watch.Elapsed.TotalSeconds:F1} s: {string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))}");
    }

    [Fact]
    public void HostileCsvText_IsReadOrRefusedWithTheLine_NeverMisread()
    {
        const string alphabet = "0123456789.,eE+-\"\n\r \0xinfINFNaNAnul∞";
        var random = new Random(7127);
        for (var i = 0; i < Cases; i++)
        {
            var text = new StringBuilder("a,b\n");
            for (var n = random.Next(1, 40); n > 0; n--)
                text.Append(alphabet[random.Next(alphabet.Length)]);
            try
            {
                var table = CsvTable.Read(new StringReader(text.ToString()), "fuzz.csv");
                Assert.All(table.Values.Data, v => Assert.True(double.IsNaN(v) || Math.Abs(v) <= NumericCells.MaxMagnitude, $"case {i}: read {v}"));
            }
            catch (InvalidDataException e)
            {
                Assert.StartsWith("fuzz.csv", e.Message, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>A valid regressor package (a small hand-built model) as zip entries, and its parts.</summary>
    private static (Dictionary<string, byte[]> Entries, string Yaml, byte[] Model, string Semantic, string Stat) Basis()
    {
        var model = Summing("x", "y");
        var semantic = SemanticSpecs.Json("Regression", 4, 1);
        var stat = TestPackages.StatJson(SharedFixtures.Linear.X[..60], k: 5);
        var package = TestPackages.Pack(model, semantic, stat);
        var yaml = ManifestSerializer.Serialize(package.Manifest);
        var entries = new Dictionary<string, byte[]>(package.Files) { [LearnwareManifest.FileName] = Encoding.UTF8.GetBytes(yaml) };
        return (entries, yaml, model, semantic, Encoding.UTF8.GetString(stat));
    }

    private static byte[] Summing(string input, string output) => new OnnxGraph("main")
        .Input(input, OnnxGraph.Float, -1, 4)
        .Int64Initializer("axes", 1)
        .Node("ReduceSum", [input, "axes"], [output], ("keepdims", 1))
        .Output(output, OnnxGraph.Float, -1, 1)
        .ToBytes();

    private static Case Generate(Random random, (Dictionary<string, byte[]> Entries, string Yaml, byte[] Model, string Semantic, string Stat) basis, int index)
    {
        var entries = new Dictionary<string, byte[]>(basis.Entries);
        switch (index % 8)
        {
            case 0:
                entries[TestPackages.ModelFile] = ExternalDataModel(random);
                return new("external data", entries, Expect.Refused, "model loads");
            case 1:
                entries[TestPackages.SemanticFile] = Encoding.UTF8.GetBytes(HostileSemantic(random, basis.Semantic));
                return new("semantic", entries, Expect.Refused, "semantic");
            case 2:
                entries[TestPackages.StatFile] = Encoding.UTF8.GetBytes(HostileStat(random));
                return new("statistical", entries, Expect.Refused, "statistical");
            case 3:
                entries[LearnwareManifest.FileName] = Encoding.UTF8.GetBytes(HostileManifest(random, basis.Yaml));
                return new("manifest", entries, Expect.Refused, "package");
            case 4:
            case 5:
                entries[TestPackages.ModelFile] = Mutate(random, basis.Model);
                return new("damaged model", entries, Expect.Either, null);
            case 6 when random.Next(20) == 0:
                entries[TestPackages.ModelFile] = HostileLoops.Endless();
                return new("endless loop", entries, Expect.Refused, "runs");
            case 6:
                entries[TestPackages.ModelFile] = Mutate(random, basis.Model);
                return new("damaged model", entries, Expect.Either, null);
            default:
                entries[TestPackages.StatFile] = Encoding.UTF8.GetBytes(MutateText(random, basis.Stat, "[]{},:.-e9\"0"));
                return new("damaged statistical", entries, Expect.Either, null);
        }
    }

    private static byte[] ExternalDataModel(Random random)
    {
        string[] locations = ["secret.txt", "sub/secret.txt", "../secret.txt", "/etc/passwd", "", Secret, "a/../b", "model.onnx"];
        var location = locations[random.Next(locations.Length)];
        // Declared by the location flag, by an external_data entry, or by both.
        var declaration = random.Next(3);
        var tensor = OnnxGraph.ExternalTensor($"w{random.Next(100)}", location, [4], declaration != 1, declaration != 0);
        var graph = new OnnxGraph("main").Input("x", OnnxGraph.Float, -1, 4);
        switch (random.Next(5))
        {
            case 0:
                graph.RawNode(ConstantNode(tensor));
                break;
            case 1:
                graph.GraphNode("Loop", ["m", "c", "x"], ["z"], ("body", new OnnxGraph("body").RawNode(ConstantNode(tensor))));
                break;
            case 2:
                var inner = new OnnxGraph("then").RawNode(ConstantNode(tensor));
                graph.GraphNode("If", ["c"], ["z"], ("then_branch", new OnnxGraph("outer").GraphNode("If", ["c"], ["r"], ("then_branch", inner))), ("else_branch", new OnnxGraph("else")));
                break;
            case 3:
                graph.ConstantFunction("f", tensor);
                break;
            default:
                graph.SparseInitializer(tensor, new ProtoWriter().Int(1, 1).Int(2, OnnxGraph.Int64).String(8, "i").Int(7, 0), 4);
                break;
        }

        return graph.Int64Initializer("axes", 1).Node("ReduceSum", ["x", "axes"], ["y"], ("keepdims", 1)).Output("y", OnnxGraph.Float, -1, 1).ToBytes();
    }

    private static ProtoWriter ConstantNode(ProtoWriter tensor) =>
        new ProtoWriter().String(2, "k").String(3, "Constant_k").String(4, "Constant").Message(5, new ProtoWriter().String(1, "value").Message(5, tensor).Int(20, 4));

    private static string HostileSemantic(Random random, string valid)
    {
        string[] dimensions = ["0", "-1", "100000000", "2147483647", "100001", "\"1e8\"", "{}", "[1]", "1.5", "null"];
        return random.Next(4) switch
        {
            0 => valid.Replace("\"Dimension\": 4", $"\"Dimension\": {dimensions[random.Next(dimensions.Length)]}", StringComparison.Ordinal),
            1 => valid.Replace("\"Dimension\": 1", $"\"Dimension\": {dimensions[random.Next(dimensions.Length)]}", StringComparison.Ordinal),
            2 => valid.Replace("\"Name\":", "\"Name\": {\"Type\": \"String\", \"Values\": \"a second name\"}, \"Name\":", StringComparison.Ordinal),
            _ => valid.Replace("\"first feature\"", $"\"{new string('y', 10_001 + random.Next(1000))}\"", StringComparison.Ordinal),
        };
    }

    private static string HostileStat(Random random)
    {
        string Points(int k, int d, string value) =>
            "[" + string.Join(",", Enumerable.Repeat("[" + string.Join(",", Enumerable.Repeat(value, d)) + "]", k)) + "]";
        string Weights(int k, string? weight = null) =>
            "[" + string.Join(",", Enumerable.Repeat(weight ?? (1.0 / k).ToString("R", CultureInfo.InvariantCulture), k)) + "]";
        var k = random.Next(2, 6);
        return random.Next(8) switch
        {
            0 => $$"""{"z":{{Points(5_001, 1, "0.5")}},"beta":{{Weights(5_001)}},"gamma":0.1}""",
            1 => $$"""{"z":{{Points(k, 4, "1e39")}},"beta":{{Weights(k)}},"gamma":0.1}""",
            2 => $$"""{"z":{{Points(k, 4, "0.5")}},"beta":{{Weights(k, "-1")}},"gamma":0.1}""",
            3 => $$"""{"z":{{Points(k, 4, "0.5")}},"beta":{{Weights(k, "1")}},"gamma":0.1}""",
            4 => $$"""{"z":{{Points(k, 4, "0.5")}},"beta":{{Weights(k)}},"gamma":0.1,"gamma":0.2}""",
            5 => $$"""{"z":{{Points(k, 4, "1e400")}},"beta":{{Weights(k)}},"gamma":0.1}""",
            6 => new string('[', 5_000 + random.Next(5_000)),
            _ => $$"""{"z":{{Points(k, 4, "0.5")}},"beta":{{Weights(k)}},"gamma":{{(random.Next(2) == 0 ? "-1" : "0")}}}""",
        };
    }

    private static string HostileManifest(Random random, string yaml)
    {
        string[] shapes = ["[2000000000]", "[100001]", "[65536, 65536]", "[4, 0]", "[-4]", "[99999999999]", "[46341, 46341, 46341]"];
        var shape = shapes[random.Next(shapes.Length)];
        var inputAt = yaml.IndexOf("shape:", StringComparison.Ordinal);
        var outputAt = yaml.IndexOf("shape:", inputAt + 1, StringComparison.Ordinal);
        var at = random.Next(2) == 0 ? inputAt : outputAt;
        var end = yaml.IndexOf('\n', at);
        return yaml[..at] + "shape: " + shape + yaml[end..];
    }

    private static byte[] Mutate(Random random, byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (var flips = random.Next(1, 6); flips > 0; flips--)
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        return copy;
    }

    private static string MutateText(Random random, string text, string alphabet)
    {
        var chars = text.ToCharArray();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
            chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }

    private static byte[] Zip(Dictionary<string, byte[]> entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }
}
