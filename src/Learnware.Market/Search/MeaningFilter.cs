using System.Numerics.Tensors;

namespace Learnware.Market.Search;

/// <summary>The meaning rule of the semantic search: candidates whose name and description mean what the text says.</summary>
public static class MeaningFilter
{
    /// <summary>
    /// Smallest cosine similarity between the text and a learnware's "name. description" that counts as the same
    /// meaning. With all-MiniLM-L6-v2, paraphrases of a task score about 0.5 and up and unrelated tasks below 0.2.
    /// </summary>
    public const float MinSimilarity = 0.4f;

    /// <summary>The candidates similar enough to the text, most similar first (stable for ties).</summary>
    public static IReadOnlyList<SearchCandidate> Apply(MeaningQuery meaning, IReadOnlyList<SearchCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(meaning);
        ArgumentNullException.ThrowIfNull(candidates);
        var similar = new List<(SearchCandidate Candidate, float Similarity)>();
        foreach (var candidate in candidates)
        {
            if (!meaning.Candidates.TryGetValue(candidate.Id, out var vector) || vector.Length != meaning.Query.Length)
                continue;
            float similarity = TensorPrimitives.Dot(meaning.Query, vector);
            if (similarity >= MinSimilarity)
                similar.Add((candidate, similarity));
        }
        return [.. similar.OrderByDescending(s => s.Similarity).Select(s => s.Candidate)];
    }
}
