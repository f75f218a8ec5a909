namespace Learnware.Market.Search;

/// <summary>How the mixture search picks the learnwares whose weighted sum approximates the user's data.</summary>
public enum MixtureMethod
{
    /// <summary>Adds the learnware that lowers the mixture MMD² most, while each addition cuts it by at least 5%.</summary>
    Greedy,

    /// <summary>Solves the weights over all candidates at once and keeps those holding 98% of the weight.</summary>
    Auto,
}
