namespace Learnware.Protocol.Modalities;

/// <summary>How much of the protocol to run: the quick mode for CI, or the full one for the published results.</summary>
/// <param name="Quick">True for the quick mode.</param>
/// <param name="UsersPerScenario">Users per data set.</param>
/// <param name="UserTestRows">Unlabelled rows each user predicts.</param>
/// <param name="LabelledSizes">Labelled-set sizes of the curves.</param>
/// <param name="Repeats">Repeats per labelled size, each with its own draw of labelled rows.</param>
/// <param name="MaxRowsPerDataset">Cap on the rows taken from a data set (a seeded sample), to bound the run time.</param>
/// <param name="LabelledUsers">How many users (the first ones) also run the labelled curves; all by default.</param>
public sealed record ProtocolScale(bool Quick, int UsersPerScenario, int UserTestRows, IReadOnlyList<int> LabelledSizes, int Repeats,
    int MaxRowsPerDataset, int LabelledUsers = int.MaxValue)
{
    /// <summary>Small enough for CI: a few minutes on two cores.</summary>
    public static ProtocolScale QuickMode { get; } = new(true, 4, 300, [50, 200], 2, 4000);

    /// <summary>The published run.</summary>
    public static ProtocolScale Full { get; } = new(false, 12, 1000, [25, 50, 100, 200, 400], 3, 12000);
}
