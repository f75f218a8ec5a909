using Learnware.Packaging;

namespace Learnware.Reuse;

/// <summary>Checks on the learnwares handed to a reuser, and what they imply.</summary>
internal static class LearnwareList
{
    /// <summary>A copy of the list; throws when it is null, empty or holds a null.</summary>
    public static ReusableLearnware[] Require(IReadOnlyList<ReusableLearnware> learnwares)
    {
        ArgumentNullException.ThrowIfNull(learnwares);
        if (learnwares.Count == 0)
            throw new ArgumentException("reuse needs at least one learnware", nameof(learnwares));
        var copy = learnwares.ToArray();
        if (copy.Any(l => l is null))
            throw new ArgumentException("the learnware list holds a null entry", nameof(learnwares));
        return copy;
    }

    /// <summary>Classification when every learnware is a classifier, regression when every one is a regressor.</summary>
    public static ReuseTask TaskOf(IReadOnlyList<ReusableLearnware> learnwares)
    {
        if (learnwares.All(l => l.Kind == ModelKind.Classifier))
            return ReuseTask.Classification;
        if (learnwares.All(l => l.Kind == ModelKind.Regressor))
            return ReuseTask.Regression;
        var kinds = string.Join(", ", learnwares.Select(l => $"{l.Id}: {l.Kind}"));
        throw new ArgumentException(
            $"the learnwares must all be classifiers or all be regressors to combine their predictions ({kinds})",
            nameof(learnwares));
    }

    /// <summary>The largest class count of the learnwares.</summary>
    public static int ClassCount(IReadOnlyList<ReusableLearnware> learnwares) => learnwares.Max(l => l.ClassCount);
}
