using Learnware.Protocol.Modalities;

namespace Learnware.Protocol.Running;

/// <summary>Everything measured on one scenario.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="LearnwareCount">Learnwares added to the market (all passed its checks).</param>
/// <param name="Users">Per-user unlabelled figures.</param>
/// <param name="Curves">Per method (user model, feature augmentation, ensemble pruning) its labelled curve.</param>
/// <param name="Seconds">Wall time of the scenario.</param>
public sealed record ScenarioResult(ProtocolScenario Scenario, int LearnwareCount, IReadOnlyList<UserResult> Users,
    IReadOnlyDictionary<string, IReadOnlyList<CurvePoint>> Curves, double Seconds)
{
    /// <summary>Names of the labelled methods, in plotting order.</summary>
    public static readonly string[] LabelledMethods = ["user model", "feature augmentation", "ensemble pruning"];

    /// <summary>The mean over users of one figure.</summary>
    public double Mean(Func<UserResult, double> figure) => Users.Average(figure);

    /// <summary>Share of users whose top-ranked learnware was trained on their dominant source.</summary>
    public double IdentificationRate => Users.Average(u => u.Identified ? 1.0 : 0.0);
}
