using System.Runtime.InteropServices;
using Learnware.Market.Storage;
using Learnware.Specifications;
using Learnware.Specifications.Semantic;

namespace Learnware.Market.Search;

/// <summary>
/// The sentence vector of every learnware version's "name. description", stored once per version under
/// <c>ROOT/meaning/ENCODER/SHA256.f32</c> (the version's package hash, so a new version gets a new vector and a
/// removed one leaves only a small orphan file), so that a search embeds only its own text.
/// </summary>
internal sealed class MeaningEmbeddings(string root, ISentenceEmbedder embedder)
{
    private readonly string _folder = Path.Combine(root, "meaning", embedder.Encoder);

    /// <summary>The embedder, which also embeds the search text.</summary>
    public ISentenceEmbedder Embedder => embedder;

    /// <summary>The vectors of <paramref name="versions"/> by learnware id; missing ones are computed together and stored.</summary>
    public IReadOnlyDictionary<string, float[]> For(IReadOnlyList<StoredLearnware> versions)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var missing = new List<StoredLearnware>();
        foreach (var version in versions)
        {
            if (TryRead(PathOf(version)) is { } stored)
                vectors[version.Id] = stored;
            else
                missing.Add(version);
        }
        if (missing.Count == 0)
            return vectors;
        var computed = embedder.Embed([.. missing.Select(TextOf)]);
        Directory.CreateDirectory(_folder);
        for (int i = 0; i < missing.Count; i++)
        {
            var vector = computed.AsSpan(i * embedder.Dimension, embedder.Dimension).ToArray();
            Learnware.IO.AtomicFile.WriteAllBytes(PathOf(missing[i]), MemoryMarshal.AsBytes(vector.AsSpan()).ToArray());
            vectors[missing[i].Id] = vector;
        }
        return vectors;
    }

    /// <summary>What a learnware's meaning is taken from: its semantic Name and Description.</summary>
    internal static string TextOf(StoredLearnware version)
    {
        try
        {
            var semantic = SemanticJson.Parse(version.SemanticJson);
            return $"{semantic.Name}. {semantic.Description}";
        }
        catch (SpecificationException)
        {
            return version.Name;
        }
    }

    private string PathOf(StoredLearnware version) => Path.Combine(_folder, version.PackageSha256 + ".f32");

    private float[]? TryRead(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            // A file of another length is from an interrupted write or another encoder build: computed again.
            return bytes.Length == embedder.Dimension * sizeof(float) ? MemoryMarshal.Cast<byte, float>(bytes).ToArray() : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
