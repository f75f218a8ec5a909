using System.Globalization;
using System.Text;
using System.Text.Json;
using Learnware.Packaging;
using Learnware.Tables;

namespace Learnware.Specifications;

/// <summary>
/// Reads and writes RKME table specifications in the reference package's JSON layout:
/// <c>{"z": [[...], ...], "beta": [...], "gamma": 0.1, "num_points": n, "type": "RKMETableSpecification"}</c>.
/// </summary>
/// <remarks>Keys are written in the reference's order with compact separators; doubles use the shortest
/// round-trip form, so a written spec reloads bit for bit. Unknown keys are ignored when reading.</remarks>
public static class RkmeJson
{
    /// <summary>The JSON text of a specification.</summary>
    public static string Serialize(RkmeTableSpecification spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            WriteTableKeys(writer, spec);
            writer.WriteString("type", RkmeTableSpecification.TypeName);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the keys a table specification shares with the kinds built on it: z, beta, gamma, num_points.</summary>
    internal static void WriteTableKeys(Utf8JsonWriter writer, RkmeTableSpecification spec)
    {
        writer.WriteStartArray("z");
        for (int i = 0; i < spec.Count; i++)
        {
            writer.WriteStartArray();
            foreach (double v in spec.Point(i)) SpecificationJsonText.WriteFloat(writer, v);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("beta");
        foreach (double v in spec.Weights) SpecificationJsonText.WriteFloat(writer, v);
        writer.WriteEndArray();
        writer.WritePropertyName("gamma");
        SpecificationJsonText.WriteFloat(writer, spec.Gamma);
        writer.WriteNumber("num_points", spec.NumPoints);
    }

    /// <summary>Writes the specification to a file, atomically (a temporary file is renamed over the target).</summary>
    public static void Save(RkmeTableSpecification spec, string path)
    {
        Learnware.IO.AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes(Serialize(spec)));
    }

    /// <summary>The most a weight sum may differ from 1: weights written in single precision sum to 1 within this.</summary>
    public const double WeightSumTolerance = 1e-4;

    /// <summary>Reads a specification file, its sizes held to <paramref name="limits"/> (default <see cref="PackageLimits.Default"/>).</summary>
    public static RkmeTableSpecification Load(string path, PackageLimits? limits = null) =>
        SpecificationFile.Load(path, bytes => Parse(bytes, limits));

    /// <summary>
    /// Parses specification JSON (UTF-8 text or bytes). K and K·d are held to <paramref name="limits"/> (default
    /// <see cref="PackageLimits.Default"/>) before anything is allocated for the points; every value must be a finite
    /// number within float range (<see cref="NumericCells.MaxMagnitude"/>), the weights non-negative and summing to 1,
    /// and no key may appear twice.
    /// </summary>
    public static RkmeTableSpecification Parse(string json, PackageLimits? limits = null) => Parse(Encoding.UTF8.GetBytes(json), limits);

    /// <inheritdoc cref="Parse(string, PackageLimits?)"/>
    public static RkmeTableSpecification Parse(ReadOnlyMemory<byte> json, PackageLimits? limits = null) =>
        ParseObject(json, RkmeTableSpecification.TypeName, "a table specification", root => ReadTable(root, limits));

    /// <summary>Parses a JSON object whose "type", when present, must be <paramref name="typeName"/>, and reads it.</summary>
    internal static T ParseObject<T>(ReadOnlyMemory<byte> json, string typeName, string kind, Func<JsonElement, T> read)
    {
        using var document = SpecificationJsonText.ParseObject(json);
        var root = document.RootElement;
        if (root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            && type.GetString() != typeName)
            throw new SpecificationException(
                $"\"type\" is \"{type.GetString()}\", but only \"{typeName}\" is {kind}");
        return read(root);
    }

    /// <summary>Reads the keys z, beta, gamma and num_points of a specification object, its sizes held to <paramref name="limits"/>.</summary>
    internal static RkmeTableSpecification ReadTable(JsonElement root, PackageLimits? limits = null)
    {
        var (points, count, dimension) = ReadPoints(SpecificationJsonText.Required(root, "z"), limits ?? PackageLimits.Default);
        var weights = SpecificationJsonText.ReadVector(SpecificationJsonText.Required(root, "beta"), "beta");
        if (weights.Length != count)
            throw new SpecificationException($"\"beta\" has {weights.Length} weights but \"z\" has {count} points");
        CheckWeights(weights);
        var gammaElement = SpecificationJsonText.Required(root, "gamma");
        if (gammaElement.ValueKind != JsonValueKind.Number || !(gammaElement.GetDouble() is var gamma && gamma > 0 && double.IsFinite(gamma)))
            throw new SpecificationException($"\"gamma\" must be a positive number, got {gammaElement.GetRawText()}");
        int numPoints = 0;
        if (root.TryGetProperty("num_points", out var n) && n.ValueKind != JsonValueKind.Null)
        {
            if (n.ValueKind != JsonValueKind.Number || !n.TryGetInt32(out numPoints) || numPoints < 0)
                throw new SpecificationException($"\"num_points\" must be a non-negative integer, got {n.GetRawText()}");
        }
        return new RkmeTableSpecification(points, dimension, weights, gamma, numPoints);
    }

    private static void CheckWeights(double[] weights)
    {
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0)
                throw new SpecificationException($"\"beta\"[{i}] is {weights[i].ToString("R", CultureInfo.InvariantCulture)}: weights must not be negative");
        }

        double sum = System.Numerics.Tensors.TensorPrimitives.Sum<double>(weights);
        if (!(Math.Abs(sum - 1) <= WeightSumTolerance))
            throw new SpecificationException($"the weights in \"beta\" sum to {sum.ToString("G9", CultureInfo.InvariantCulture)}, not 1");
    }

    private static (double[] Points, int Count, int Dimension) ReadPoints(JsonElement z, PackageLimits limits)
    {
        if (z.ValueKind != JsonValueKind.Array || z.GetArrayLength() == 0)
            throw new SpecificationException("\"z\" must be a non-empty list of points (K lists of d numbers)");
        int count = z.GetArrayLength(), dimension = -1, i = 0;
        if (count > limits.MaxSpecPoints)
            throw new SpecificationException($"\"z\" has {count} points, more than the limit of {limits.MaxSpecPoints}");
        double[] points = [];
        foreach (var row in z.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array)
                throw new SpecificationException($"\"z\"[{i}] must be a list of numbers");
            if (dimension < 0)
            {
                dimension = row.GetArrayLength();
                if (dimension == 0)
                    throw new SpecificationException("\"z\"[0] is empty: points need at least one feature");
                if (dimension > limits.MaxFeatures)
                    throw new SpecificationException($"\"z\"[0] has {dimension} features, more than the limit of {limits.MaxFeatures}");
                if ((long)count * dimension > limits.MaxSpecValues)
                    throw new SpecificationException(
                        $"\"z\" holds {count} x {dimension} = {(long)count * dimension} values, more than the limit of {limits.MaxSpecValues}");
                points = new double[count * dimension];
            }
            else if (row.GetArrayLength() != dimension)
                throw new SpecificationException($"\"z\"[{i}] has {row.GetArrayLength()} values, \"z\"[0] has {dimension}");
            int j = 0;
            foreach (var cell in row.EnumerateArray())
            {
                points[i * dimension + j] = SpecificationJsonText.Number(cell, $"\"z\"[{i}][{j}]");
                j++;
            }
            i++;
        }
        return (points, count, dimension);
    }
}
