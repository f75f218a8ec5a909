namespace Learnware.Samples;

/// <summary>A synthetic building-energy domain: six readings of a building on a given day, shared by four operators.</summary>
internal static class EnergyDomain
{
    public static readonly IReadOnlyList<Feature> Features =
    [
        new("outdoor_temperature", "Mean outdoor temperature, standardized: (degrees C - 12) / 8"),
        new("occupancy", "Share of the building occupied, standardized: (percent - 60) / 25"),
        new("floor_area", "Heated floor area, standardized: (thousand square metres - 5) / 3"),
        new("insulation", "Insulation quality, standardized: (U-value index - 50) / 15"),
        new("solar_irradiance", "Daily solar irradiance, standardized: (kWh per square metre - 3.5) / 1.5"),
        new("weekday", "Working-day index, standardized: (0 weekend .. 1 weekday - 0.7) / 0.45"),
    ];

    public static readonly IReadOnlyList<string> Classes =
    [
        "efficient: consumption under the benchmark",
        "typical: consumption near the benchmark",
        "wasteful: consumption over the benchmark, inspect",
    ];

    public static readonly IReadOnlyList<SampleTask> Tasks =
    [
        new("office-tower-daily-load", "Office tower daily electricity load",
            "Forecasts the daily electricity use, in MWh, of large office towers. Occupancy on working days and "
            + "cooling on hot days drive the load.",
            TaskKind.Regression, SampleTrainer.FastTree,
            new Population("glass office towers (70%) and refurbished office blocks (30%)",
            [
                new(0.7, [0.3, 0.5, 1.4, -0.3, 0.2, 0.3], 0.55),
                new(0.3, [0.1, 0.2, 0.8, 0.6, 0.0, 0.3], 0.55),
            ]),
            x => Math.Max(1, 30 + SampleDomain.Dot(x, [4, 8, 10, -3, -2, 6]) + 3 * Math.Max(0, x[0]) * x[1]),
            Noise: 2, TargetDescription: "daily electricity use, MWh"),
        new("school-campus-heating-demand", "School campus heating demand",
            "Forecasts the daily heating energy, in MWh, of school campuses. Cold days, poor insulation and school "
            + "days raise the demand; sunny days lower it.",
            TaskKind.Regression, SampleTrainer.FastTree,
            new Population("older school buildings (60%) and new campuses (40%)",
            [
                new(0.6, [-0.8, 0.1, -0.2, -0.9, -0.6, 0.2], 0.55),
                new(0.4, [-0.6, 0.3, 0.3, 0.8, -0.4, 0.2], 0.55),
            ]),
            x => Math.Max(0.5, 12 + SampleDomain.Dot(x, [-5, 1.5, 3, -3, -1.5, 2])),
            Noise: 1, TargetDescription: "daily heating energy, MWh"),
        new("retail-park-energy-benchmark", "Retail park energy benchmark grader",
            "Grades each store's daily consumption in a retail park as efficient, typical or wasteful against the "
            + "park's benchmark. Lighting left on and poor insulation show up as waste.",
            TaskKind.Classification, SampleTrainer.LightGbm,
            new Population("large-format stores (50%) and small units (50%)",
            [
                new(0.5, [0.4, 0.6, 0.9, 0.1, 0.5, -0.2], 0.6),
                new(0.5, [0.5, 0.3, -0.9, -0.4, 0.6, -0.2], 0.6),
            ]),
            x => SampleDomain.Dot(x, [0.2, -0.4, 0.3, -0.9, -0.3, -0.2]) + 0.7 * Math.Max(0, -x[1] - 0.3),
            Noise: 0.35),
        new("hospital-plant-energy-audit", "Hospital plant energy audit grader",
            "Grades a hospital's daily plant consumption as efficient, typical or wasteful. Hospitals run around the "
            + "clock, so weather and insulation matter more than occupancy.",
            TaskKind.Classification, SampleTrainer.MaximumEntropy,
            new Population("acute hospitals (60%) and care homes (40%)",
            [
                new(0.6, [-0.2, 1.1, 1.7, 0.2, -0.1, 0.0], 0.55),
                new(0.4, [-0.1, 1.3, -0.4, -0.5, -0.1, 0.0], 0.55),
            ]),
            x => SampleDomain.Dot(x, [-0.6, 0.1, 0.2, -1.0, -0.3, 0.0]),
            Noise: 0.35),
    ];

    public static readonly SampleDomain Domain = new("energy", "building-days", Features, Classes, ["Industry", "Architecture"], Tasks);
}
