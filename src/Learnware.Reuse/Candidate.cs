namespace Learnware.Reuse;

/// <summary>One subset in the evolutionary search: its bit vector, objectives, front rank and crowding distance.</summary>
internal sealed class Candidate(bool[] genes, double[] objectives)
{
    public bool[] Genes { get; } = genes;

    public double[] Objectives { get; } = objectives;

    /// <summary>0 for the non-dominated front, 1 for the next, ...</summary>
    public int Rank { get; set; }

    /// <summary>How isolated the candidate is within its front (infinite at the front's extremes).</summary>
    public double Crowding { get; set; }

    /// <summary>The genes as a bit string, to spot duplicates.</summary>
    public string Key => string.Concat(Genes.Select(g => g ? '1' : '0'));

    /// <summary>True when this is no worse in every objective and better in at least one.</summary>
    public bool Dominates(Candidate other)
    {
        bool better = false;
        for (int i = 0; i < Objectives.Length; i++)
        {
            if (Objectives[i] > other.Objectives[i]) return false;
            if (Objectives[i] < other.Objectives[i]) better = true;
        }
        return better;
    }
}
