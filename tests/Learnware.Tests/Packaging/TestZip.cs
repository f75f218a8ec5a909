using System.IO.Compression;

namespace Learnware.Tests.Packaging;

/// <summary>Builds zip archives entry by entry, including ones no well-behaved tool would write.</summary>
internal static class TestZip
{
    public static byte[] Build(Action<ZipArchive> fill)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(archive);
        }

        return buffer.ToArray();
    }

    /// <summary>A zip of the valid sample entries plus whatever <paramref name="extra"/> adds.</summary>
    public static byte[] ValidPlus(Action<ZipArchive> extra) => Build(archive =>
    {
        AddAll(archive, Samples.Entries());
        extra(archive);
    });

    public static void AddAll(ZipArchive archive, IEnumerable<KeyValuePair<string, byte[]>> entries)
    {
        foreach (var (name, bytes) in entries)
        {
            Add(archive, name, bytes);
        }
    }

    public static ZipArchiveEntry Add(
        ZipArchive archive, string name, byte[] bytes, CompressionLevel level = CompressionLevel.Optimal, int? externalAttributes = null)
    {
        var entry = archive.CreateEntry(name, level);
        if (externalAttributes is { } attributes)
        {
            entry.ExternalAttributes = attributes;
        }

        using var data = entry.Open();
        data.Write(bytes);
        return entry;
    }
}
