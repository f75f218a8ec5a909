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
/// <param name="Identifying">The sources whose learnware counts as identified when search ranks it first; by default the
/// dominant source alone. Users of a class mixture name every source trained mostly on their main classes.</param>
/// <param name="Composition">What the user's rows are, for results.md; by default the sources with their shares.</param>
public sealed record UserTask(string Name, IReadOnlyList<int> Sources, IReadOnlyList<double> Shares, LabelledTable Test,
    IReadOnlyList<int> TestSources, LabelledTable Pool, IReadOnlyList<int>? Identifying = null, string? Composition = null)
{
    /// <summary>The source most of the user's rows come from.</summary>
    public int Dominant => Sources[0];

    /// <summary>True when the learnware of <paramref name="source"/> is one the search should rank first for this user.</summary>
    public bool IsIdentifiedBy(int source) => Identifying?.Contains(source) ?? source == Dominant;
}
