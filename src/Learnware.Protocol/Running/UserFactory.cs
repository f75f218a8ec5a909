using Learnware.Protocol.Data;
using Learnware.Protocol.Modalities;

namespace Learnware.Protocol.Running;

/// <summary>Draws the users of a scenario from its sources' held-out rows: each user from two or three sources.</summary>
public static class UserFactory
{
    // Mixtures of the users in turn: one dominant source and one or two others.
    private static readonly double[][] Mixtures = [[0.7, 0.3], [0.6, 0.25, 0.15], [0.8, 0.2], [0.5, 0.3, 0.2]];

    /// <summary>
    /// <paramref name="count"/> users; user u's dominant source is u modulo the source count, its others are drawn at
    /// random. Each has <paramref name="testRows"/> test rows and a pool of up to <paramref name="poolRows"/> labelled
    /// rows, both in the same shares (capped by what a source holds).
    /// </summary>
    public static IReadOnlyList<UserTask> Create(IReadOnlyList<SourceTask> sources, int count, int testRows, int poolRows, int seed)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var random = new Random(seed);
        var users = new List<UserTask>();
        for (int u = 0; u < count; u++)
        {
            var shares = Mixtures[u % Mixtures.Length];
            int dominant = u % sources.Count;
            var others = Enumerable.Range(0, sources.Count).Where(s => s != dominant).ToArray();
            random.Shuffle(others);
            var chosen = new[] { dominant }.Concat(others.Take(shares.Length - 1)).ToArray();
            var test = new List<LabelledTable>();
            var testSources = new List<int>();
            var pool = new List<LabelledTable>();
            for (int i = 0; i < chosen.Length; i++)
            {
                var heldOut = sources[chosen[i]].HeldOut;
                var rows = Enumerable.Range(0, heldOut.Rows).ToArray();
                random.Shuffle(rows);
                // Half of the source's held-out rows can go to the test, the other half to the pool.
                int half = rows.Length / 2;
                int t = Math.Min(half, (int)Math.Round(testRows * shares[i]));
                int p = Math.Min(rows.Length - half, (int)Math.Round(poolRows * shares[i]));
                test.Add(heldOut.Select(rows[..t]));
                testSources.AddRange(Enumerable.Repeat(chosen[i], t));
                pool.Add(heldOut.Select(rows[half..(half + p)]));
            }
            var order = Enumerable.Range(0, testSources.Count).ToArray();
            random.Shuffle(order);
            users.Add(new UserTask($"user {u + 1}", chosen, shares, LabelledTable.Concat(test).Select(order),
                [.. order.Select(r => testSources[r])], Shuffled(LabelledTable.Concat(pool), random)));
        }
        return users;
    }

    private static LabelledTable Shuffled(LabelledTable table, Random random)
    {
        var rows = Enumerable.Range(0, table.Rows).ToArray();
        random.Shuffle(rows);
        return table.Select(rows);
    }
}
