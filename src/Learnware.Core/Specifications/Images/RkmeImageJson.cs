using System.Globalization;
using System.Text;
using System.Text.Json;
using Learnware.Packaging;

namespace Learnware.Specifications.Images;

/// <summary>
/// Reads and writes image specifications in the reference package's JSON layout:
/// <c>{"RKME_IMAGE_VERSION": 1, "msg": null, "z": K×C×32×32, "beta": K, "n_models": m, "model_config": {...},
/// "type": "RKMEImageSpecification"}</c>.
/// </summary>
public static class RkmeImageJson
{
    private const int Version = 1;
    private const int Side = ConvNetNngpKernel.Side;

    /// <summary>The JSON text of a specification (compact, keys in the reference's order).</summary>
    public static string Serialize(RkmeImageSpecification spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("RKME_IMAGE_VERSION", Version);
            writer.WriteNull("msg");
            writer.WriteStartArray("z");
            for (int i = 0; i < spec.Count; i++)
            {
                var point = spec.Point(i);
                writer.WriteStartArray();
                for (int c = 0; c < spec.Channels; c++)
                {
                    writer.WriteStartArray();
                    for (int r = 0; r < Side; r++)
                    {
                        writer.WriteStartArray();
                        foreach (float v in point.Slice((c * Side + r) * Side, Side))
                            SpecificationJsonText.WriteFloat(writer, v);
                        writer.WriteEndArray();
                    }
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("beta");
            foreach (double v in spec.Weights)
                SpecificationJsonText.WriteFloat(writer, v);
            writer.WriteEndArray();
            var f = spec.Features;
            writer.WriteNumber("n_models", f.Models);
            writer.WriteStartObject("model_config");
            writer.WriteNumber("k", f.K);
            writer.WriteNumber("mu", f.Mu);
            if (f.Sigma is double sigma) writer.WriteNumber("sigma", sigma); else writer.WriteNull("sigma");
            writer.WriteNumber("net_width", f.NetWidth);
            writer.WriteNumber("net_depth", f.NetDepth);
            writer.WriteEndObject();
            writer.WriteString("type", RkmeImageSpecification.TypeName);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Parses image specification JSON.</summary>
    /// <remarks>K and K·C·32·32 are held to <paramref name="limits"/> (default <see cref="PackageLimits.Default"/>)
    /// before anything is allocated for the points.</remarks>
    public static RkmeImageSpecification Parse(string json, PackageLimits? limits = null) => Parse(Encoding.UTF8.GetBytes(json), limits);

    /// <inheritdoc cref="Parse(string, PackageLimits?)"/>
    public static RkmeImageSpecification Parse(ReadOnlyMemory<byte> json, PackageLimits? limits = null)
    {
        limits ??= PackageLimits.Default;
        using var document = SpecificationJsonText.ParseObject(json);
        {
            var root = document.RootElement;
            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || type.GetString() != RkmeImageSpecification.TypeName)
                throw new SpecificationException($"\"type\" must be \"{RkmeImageSpecification.TypeName}\" for an image specification");
            if (root.TryGetProperty("RKME_IMAGE_VERSION", out var version) && version.ValueKind != JsonValueKind.Null
                && !(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out int v) && v == Version))
                throw new SpecificationException($"\"RKME_IMAGE_VERSION\" is {version.GetRawText()}; only version {Version} is read");
            var (points, count, channels) = ReadPoints(SpecificationJsonText.Required(root, "z"), limits);
            var weights = SpecificationJsonText.ReadVector(SpecificationJsonText.Required(root, "beta"), "beta");
            if (weights.Length != count)
                throw new SpecificationException($"\"beta\" has {weights.Length} weights but \"z\" has {count} points");
            return new RkmeImageSpecification(points, channels, weights, ReadFeatures(root));
        }
    }

    private static ImageFeatureConfig ReadFeatures(JsonElement root)
    {
        var reference = ImageFeatureConfig.Reference;
        int models = root.TryGetProperty("n_models", out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetInt32(out int m) && m > 0
            ? m : reference.Models;
        if (!root.TryGetProperty("model_config", out var config) || config.ValueKind != JsonValueKind.Object)
            return reference with { Models = models };
        int depth = Int(config, "net_depth", reference.NetDepth);
        if (depth != 3)
            throw new SpecificationException($"\"model_config\".\"net_depth\" is {depth}; the NNGP kernel is defined for depth 3");
        double? sigma = config.TryGetProperty("sigma", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() : null;
        double mu = config.TryGetProperty("mu", out var mu0) && mu0.ValueKind == JsonValueKind.Number ? mu0.GetDouble() : 0;
        return new ImageFeatureConfig(models, Int(config, "net_width", reference.NetWidth), Int(config, "k", reference.K), mu, sigma, depth);
    }

    private static int Int(JsonElement config, string key, int fallback)
    {
        if (!config.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
            return fallback;
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int i) && i > 0 ? i
            : throw new SpecificationException($"\"model_config\".\"{key}\" must be a positive integer, got {value.GetRawText()}");
    }

    private static (float[] Points, int Count, int Channels) ReadPoints(JsonElement z, PackageLimits limits)
    {
        if (z.ValueKind != JsonValueKind.Array || z.GetArrayLength() == 0)
            throw new SpecificationException("\"z\" must be a non-empty list of K images of C×32×32");
        int count = z.GetArrayLength(), channels = -1, i = 0;
        if (count > limits.MaxSpecPoints)
            throw new SpecificationException($"\"z\" has {count} points, more than the limit of {limits.MaxSpecPoints}");
        float[] points = [];
        foreach (var image in z.EnumerateArray())
        {
            if (image.ValueKind != JsonValueKind.Array || image.GetArrayLength() == 0)
                throw new SpecificationException($"\"z\"[{i}] must be a list of C channels of 32×32");
            if (channels < 0)
            {
                channels = image.GetArrayLength();
                long values = (long)count * channels * Side * Side;
                if (values > limits.MaxSpecValues)
                    throw new SpecificationException(
                        $"\"z\" holds {count} x {channels} x {Side} x {Side} = {values} values, more than the limit of {limits.MaxSpecValues}");
                points = new float[values];
            }
            else if (image.GetArrayLength() != channels)
                throw new SpecificationException($"\"z\"[{i}] has {image.GetArrayLength()} channels, \"z\"[0] has {channels}");
            int c = 0, offset = i * channels * Side * Side;
            foreach (var plane in image.EnumerateArray())
            {
                if (plane.ValueKind != JsonValueKind.Array || plane.GetArrayLength() != Side)
                    throw new SpecificationException($"\"z\"[{i}][{c}] must have 32 rows");
                int r = 0;
                foreach (var row in plane.EnumerateArray())
                {
                    if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != Side)
                        throw new SpecificationException($"\"z\"[{i}][{c}][{r}] must have 32 values");
                    int col = 0;
                    foreach (var cell in row.EnumerateArray())
                    {
                        string where = $"\"z\"[{i}][{c}][{r}][{col++}]";
                        float value = (float)SpecificationJsonText.Number(cell, where);
                        points[offset++] = float.IsFinite(value) ? value
                            : throw new SpecificationException($"{where} is beyond the float32 range, got {cell.GetRawText()}");
                    }
                    r++;
                }
                c++;
            }
            i++;
        }
        return (points, count, channels);
    }
}
