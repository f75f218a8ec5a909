using Learnware.Numerics;
using Learnware.Protocol.Data;
using Learnware.Protocol.Modalities;
using Learnware.Protocol.Running;

namespace Learnware.Protocol.Mixtures;

/// <summary>
/// Sources and users defined by class mixtures, as the reference's image and text protocols draw them: each learnware
/// is trained on rows of a few classes in given shares, each user holds rows of other classes in other shares.
/// </summary>
public static class ClassMixtureScenario
{
    /// <summary>The rows of <paramref name="table"/> of each class 0..<paramref name="classCount"/>−1.</summary>
    public static int[][] RowsByClass(LabelledTable table, int classCount)
    {
        ArgumentNullException.ThrowIfNull(table);
        var labels = table.Labels();
        var byClass = Enumerable.Range(0, classCount).Select(_ => new List<int>()).ToArray();
        for (int r = 0; r < labels.Length; r++)
        {
            if (labels[r] >= classCount)
                throw new DatasetException($"row {r + 1} has class {labels[r]}, beyond the {classCount} classes");
            byClass[labels[r]].Add(r);
        }
        return [.. byClass.Select(rows => rows.ToArray())];
    }

    /// <summary>
    /// <paramref name="count"/> rows in the mixture's shares (each class's count rounded), distinct, each class's drawn
    /// at random from <paramref name="byClass"/>; the order is shuffled.
    /// </summary>
    public static int[] Draw(int[][] byClass, ClassMixture mixture, int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(byClass);
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(random);
        var rows = new List<int>();
        for (int i = 0; i < mixture.Classes.Count; i++)
        {
            var candidates = byClass[mixture.Classes[i]];
            int n = (int)Math.Round(count * mixture.Shares[i]);
            if (n > candidates.Length)
                throw new DatasetException($"class {mixture.Classes[i]} has {candidates.Length} rows, fewer than the {n} a mixture of {count} needs");
            var shuffled = (int[])candidates.Clone();
            random.Shuffle(shuffled);
            rows.AddRange(shuffled[..n]);
        }
        var result = rows.ToArray();
        random.Shuffle(result);
        return result;
    }

    /// <summary>A source whose learnware trains on <paramref name="count"/> rows of <paramref name="table"/> in the mixture's shares.</summary>
    public static SourceTask Source(string name, LabelledTable table, int[][] byClass, ClassMixture mixture, int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(table);
        var train = table.Select(Draw(byClass, mixture, count, random));
        // Class-mixture users draw their rows from their own pools, not from the sources' held-out rows.
        return new SourceTask(name, train, new LabelledTable(new DenseMatrix([], 0, table.Features.Columns), []));
    }

    /// <summary>
    /// One user per mixture of <paramref name="users"/>: <paramref name="testRows"/> rows of <paramref name="testPool"/>
    /// to predict and <paramref name="poolRows"/> labelled rows of <paramref name="labelledPool"/>, both in the user's
    /// shares; users from <paramref name="labelledUsers"/> on get no labelled rows. Identified are the sources whose dominant classes share the most with the user's; the oracle routes a
    /// row to the source with the largest share of its class (ties: the source closest to the user's mixture).
    /// </summary>
    public static IReadOnlyList<UserTask> Users(LabelledTable testPool, LabelledTable labelledPool, IReadOnlyList<ClassMixture> users,
        IReadOnlyList<ClassMixture> sources, int testRows, int poolRows, IReadOnlyList<string> classNames, int classCount, int seed, int labelledUsers = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(testPool);
        ArgumentNullException.ThrowIfNull(labelledPool);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(sources);
        var random = new Random(seed);
        var testByClass = RowsByClass(testPool, classCount);
        var poolByClass = RowsByClass(labelledPool, classCount);
        var result = new List<UserTask>();
        for (int u = 0; u < users.Count; u++)
        {
            var mixture = users[u];
            var test = testPool.Select(Draw(testByClass, mixture, testRows, random));
            var pool = labelledPool.Select(u < labelledUsers ? Draw(poolByClass, mixture, poolRows, random) : []);
            var dominant = mixture.Dominant;
            var shared = sources.Select(s => s.Dominant.Count(dominant.Contains)).ToArray();
            int[] identifying = [.. Enumerable.Range(0, sources.Count).Where(s => shared[s] == shared.Max())];
            var oracle = Enumerable.Range(0, classCount).Select(c => Enumerable.Range(0, sources.Count)
                .OrderByDescending(s => sources[s].ShareOf(c)).ThenByDescending(s => sources[s].Overlap(mixture)).First()).ToArray();
            var testSources = test.Labels().Select(c => oracle[c]).ToArray();
            result.Add(new UserTask($"user {u + 1}", identifying, [.. identifying.Select(_ => 1.0 / identifying.Length)], test, testSources, pool,
                identifying, mixture.Describe(classNames)));
        }
        return result;
    }
}
