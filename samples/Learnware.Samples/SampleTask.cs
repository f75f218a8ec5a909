namespace Learnware.Samples;

/// <summary>One lender's task: who its applicants are and what its model predicts for them.</summary>
/// <param name="Name">File stem of everything written for the task.</param>
/// <param name="Title">The semantic specification's name (5 to 50 characters).</param>
/// <param name="Description">The semantic specification's description.</param>
/// <param name="Target">The noise-free target of a row: a risk score for classification, the value for regression.</param>
/// <param name="Noise">Standard deviation of the noise added to <paramref name="Target"/>.</param>
/// <param name="TargetDescription">What the regression output means; null for classification.</param>
internal sealed record SampleTask(
    string Name,
    string Title,
    string Description,
    TaskKind Kind,
    SampleTrainer Trainer,
    Population Population,
    Func<double[], double> Target,
    double Noise,
    string? TargetDescription = null);
