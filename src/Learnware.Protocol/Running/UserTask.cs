using Learnware.Protocol.Data;

namespace Learnware.Protocol.Running;

/// <summary>
/// A user of the protocol: unlabelled test rows drawn from a few sources in given shares, and a labelled pool from the
/// same mixture (disjoint from the test rows) from which the labelled curves draw.
/// </summary>
/// <param name="Name">"user 3", for the tables.</param>
/// <param name="Sources">Index of each source the user draws from, dominant first.</param>
/// <param name="Shares">Share of each of <paramref name="Sources"/>.</param>
/// <param name="Test">The rows to predict, with their truth.</param>
/// <param name="TestSources">The source of each test row, for the oracle that routes every row to its own source's learnware.</param>
/// <param name="Pool">Labelled rows available to the user.</param>
public sealed record UserTask(string Name, IReadOnlyList<int> Sources, IReadOnlyList<double> Shares, LabelledTable Test,
    IReadOnlyList<int> TestSources, LabelledTable Pool)
{
    /// <summary>The source most of the user's rows come from.</summary>
    public int Dominant => Sources[0];
}
