namespace Learnware.Samples;

/// <summary>
/// A synthetic consumer-credit domain: eight applicant features shared by four lenders, each with its own applicants.
/// </summary>
/// <remarks>
/// Features are published in standardized units (the domain's reference centre and scale are in each description), so
/// that data from different lenders is comparable and the default RBF bandwidth of the statistical specification fits.
/// </remarks>
internal static class CreditDomain
{
    public static readonly IReadOnlyList<Feature> Features =
    [
        new("age", "Applicant age, standardized: (years - 40) / 12"),
        new("income", "Annual income, standardized: (thousand dollars - 50) / 20"),
        new("debt_ratio", "Monthly debt payments over monthly income, standardized: (ratio - 0.30) / 0.12"),
        new("credit_history", "Length of credit history, standardized: (years - 12) / 7"),
        new("open_accounts", "Open credit accounts, standardized: (count - 6) / 3"),
        new("late_payments", "Payments over 30 days late in the last 24 months, standardized: (count - 1) / 1.5"),
        new("loan_amount", "Requested loan amount, standardized: (thousand dollars - 20) / 12"),
        new("employment_years", "Years with the current employer, standardized: (years - 6) / 5"),
    ];

    /// <summary>Risk grades, in class order.</summary>
    public static readonly IReadOnlyList<string> Classes =
    [
        "low risk: expected to repay on schedule",
        "medium risk: likely to pay late at times",
        "high risk: likely to default",
    ];

    public static readonly IReadOnlyList<SampleTask> Tasks =
    [
        new("metro-young-professionals", "Metro Bank young professionals credit risk",
            "Grades personal-loan applications from young city graduates and professionals as low, medium or high risk. "
            + "Debt load and the size of the loan weigh most; the applicants have short credit histories.",
            TaskKind.Classification, SampleTrainer.MaximumEntropy,
            new Population("young urban graduates (60%) and early-career professionals (40%)",
            [
                new(0.6, [-1.2, 0.2, 0.4, -1.2, -0.4, 0.0, -0.3, -0.9], 0.55),
                new(0.4, [-0.6, 0.9, 0.2, -0.6, 0.1, -0.3, 0.3, -0.3], 0.55),
            ]),
            x => Dot(x, [-0.2, -0.9, 1.2, -0.3, 0.1, 0.9, 0.6, -0.5]),
            Noise: 0.35),
        new("valley-farm-cooperative", "Valley cooperative farm loan risk",
            "Grades equipment and seasonal loans of a rural cooperative's members as low, medium or high risk. "
            + "Income is seasonal, so a loan large against income is riskier than late payments suggest.",
            TaskKind.Classification, SampleTrainer.LightGbm,
            new Population("established farmers (70%) and seasonal rural workers (30%)",
            [
                new(0.7, [0.9, -0.7, -0.2, 0.8, -0.7, -0.1, 0.8, 1.3], 0.6),
                new(0.3, [0.3, -1.2, 0.3, 0.2, -0.9, 0.4, 0.2, 0.4], 0.6),
            ]),
            // Trees pick up the kink: risk grows fast once the loan outweighs income.
            x => Dot(x, [-0.1, -1.0, 0.8, -0.6, 0.0, 0.5, 0.6, -0.2]) + 0.8 * Math.Max(0, x[6] - x[1]),
            Noise: 0.35),
        new("retail-store-card", "Retail store card applicant risk",
            "Grades store credit card applications as low, medium or high risk. Applicants ask for small amounts and "
            + "often hold many accounts already; the payment record weighs most.",
            TaskKind.Classification, SampleTrainer.MaximumEntropy,
            new Population("indebted card holders (50%) and younger shoppers (50%)",
            [
                new(0.5, [0.1, -0.4, 0.9, 0.1, 1.1, 0.8, -1.3, -0.1], 0.6),
                new(0.5, [-0.5, -0.1, 0.6, -0.3, 0.7, 0.3, -1.5, -0.4], 0.6),
            ]),
            x => Dot(x, [-0.2, -0.5, 0.7, -0.3, 0.6, 1.4, 0.2, -0.2]),
            Noise: 0.35),
        new("small-business-credit-limit", "Small business credit limit advisor",
            "Recommends a revolving credit limit, in thousand dollars, for owners of small businesses applying for a "
            + "business credit line. Higher, steadier income and a longer history raise the limit; debt and late payments lower it.",
            TaskKind.Regression, SampleTrainer.FastTree,
            new Population("sole traders (60%) and owners of established firms (40%)",
            [
                new(0.6, [0.4, 1.2, 0.0, 0.5, 1.2, -0.4, 1.5, 0.5], 0.6),
                new(0.4, [0.9, 1.6, -0.3, 1.0, 0.8, -0.6, 1.0, 1.2], 0.6),
            ]),
            x => Math.Max(1, 40 + Dot(x, [0, 12, -8, 5, 3, -6, 2, 0]) + 4 * Math.Max(0, x[1]) * x[7]),
            Noise: 4,
            TargetDescription: "recommended credit limit, thousand dollars"),
    ];

    public static readonly SampleDomain Domain = new("credit", "applicants", Features, Classes, ["Financial", "Business"], Tasks);

    private static double Dot(double[] x, double[] w) => SampleDomain.Dot(x, w);
}
