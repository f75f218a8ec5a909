namespace Learnware.Samples;

/// <summary>A synthetic retail domain: six features of a customer's last year, shared by four retailers' models.</summary>
internal static class RetailDomain
{
    public static readonly IReadOnlyList<Feature> Features =
    [
        new("tenure", "Months as a customer, standardized: (months - 30) / 18"),
        new("monthly_spend", "Mean monthly spend, standardized: (dollars - 80) / 40"),
        new("visits", "Visits or sessions per month, standardized: (count - 6) / 4"),
        new("days_since_purchase", "Days since the last purchase, standardized: (days - 25) / 20"),
        new("returns_rate", "Share of orders returned, standardized: (percent - 8) / 6"),
        new("support_contacts", "Support contacts in the last quarter, standardized: (count - 1) / 1.3"),
    ];

    public static readonly IReadOnlyList<string> Classes =
    [
        "loyal: likely to keep buying",
        "at risk: buying less, worth an offer",
        "churning: likely to leave within the quarter",
    ];

    public static readonly IReadOnlyList<SampleTask> Tasks =
    [
        new("online-fashion-churn", "Online fashion store customer churn",
            "Grades the customers of an online fashion store as loyal, at risk or churning. Long gaps since the last "
            + "order and many returns mark customers about to leave.",
            TaskKind.Classification, SampleTrainer.MaximumEntropy,
            new Population("young frequent shoppers (60%) and occasional buyers (40%)",
            [
                new(0.6, [-0.6, -0.1, 0.9, -0.5, 0.9, 0.2], 0.55),
                new(0.4, [0.2, -0.4, -0.5, 0.6, 0.3, -0.2], 0.55),
            ]),
            x => SampleDomain.Dot(x, [-0.5, -0.3, -0.6, 1.1, 0.6, 0.3]),
            Noise: 0.35),
        new("grocery-loyalty-churn", "Grocery loyalty card churn risk",
            "Grades loyalty-card holders of a grocery chain as loyal, at risk or churning. Falling visit frequency "
            + "weighs most; spend per visit matters less.",
            TaskKind.Classification, SampleTrainer.LightGbm,
            new Population("weekly family shoppers (65%) and top-up shoppers (35%)",
            [
                new(0.65, [0.8, 0.9, 1.0, -0.7, -0.9, -0.3], 0.55),
                new(0.35, [0.3, -0.6, 0.4, -0.2, -1.0, -0.5], 0.55),
            ]),
            x => SampleDomain.Dot(x, [-0.3, -0.2, -1.2, 0.9, 0.1, 0.4]) + 0.6 * Math.Max(0, x[3] - 0.5),
            Noise: 0.35),
        new("streaming-subscription-churn", "Streaming subscription churn risk",
            "Grades subscribers of a video streaming service as loyal, at risk or churning. Few sessions and recent "
            + "support contacts about billing mark subscribers about to cancel.",
            TaskKind.Classification, SampleTrainer.MaximumEntropy,
            new Population("household subscribers (55%) and single-user trials (45%)",
            [
                new(0.55, [0.6, -0.5, 1.6, -1.0, -1.2, 0.1], 0.55),
                new(0.45, [-1.2, -0.9, 0.7, -0.8, -1.2, 0.6], 0.55),
            ]),
            x => SampleDomain.Dot(x, [-0.7, 0.1, -0.9, 0.6, 0.0, 0.8]),
            Noise: 0.35),
        new("electronics-customer-lifetime-value", "Electronics retailer customer value forecast",
            "Forecasts a customer's spend over the next year, in dollars, at a consumer electronics retailer. Current "
            + "spend and tenure raise it; returns and long absences lower it.",
            TaskKind.Regression, SampleTrainer.FastTree,
            new Population("gadget enthusiasts (40%) and household appliance buyers (60%)",
            [
                new(0.4, [0.3, 1.2, 0.6, -0.3, 0.4, 0.3], 0.55),
                new(0.6, [0.7, 0.4, -0.6, 0.5, -0.2, -0.1], 0.55),
            ]),
            x => Math.Max(0, 900 + SampleDomain.Dot(x, [120, 380, 90, -150, -80, -40])),
            Noise: 70, TargetDescription: "forecast spend over the next year, dollars"),
    ];

    public static readonly SampleDomain Domain = new("retail", "customers", Features, Classes, ["Business", "Internet"], Tasks);
}
