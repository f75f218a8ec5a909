namespace Learnware.Samples;

/// <summary>A synthetic manufacturing domain: six sensor readings of a production run, shared by four plants' models.</summary>
internal static class ManufacturingDomain
{
    public static readonly IReadOnlyList<Feature> Features =
    [
        new("spindle_speed", "Spindle or line speed, standardized: (rpm - 1500) / 400"),
        new("temperature", "Process temperature, standardized: (degrees C - 70) / 12"),
        new("vibration", "RMS vibration, standardized: (mm/s - 4) / 2"),
        new("pressure", "Hydraulic or mould pressure, standardized: (bar - 120) / 25"),
        new("humidity", "Shop-floor humidity, standardized: (percent - 45) / 12"),
        new("tool_wear", "Tool or die wear since replacement, standardized: (hours - 60) / 35"),
    ];

    public static readonly IReadOnlyList<string> Classes =
    [
        "pass: within tolerance",
        "rework: minor defects, repairable",
        "scrap: major defects",
    ];

    public static readonly IReadOnlyList<SampleTask> Tasks =
    [
        new("cnc-machining-quality", "CNC machining part quality grader",
            "Grades machined parts from a CNC line as pass, rework or scrap from the run's sensor readings. Tool "
            + "wear and vibration weigh most.",
            TaskKind.Classification, SampleTrainer.LightGbm,
            new Population("steel parts (60%) and aluminium parts (40%)",
            [
                new(0.6, [-0.3, 0.4, 0.3, 0.2, 0.0, 0.3], 0.6),
                new(0.4, [0.9, -0.2, -0.1, -0.4, 0.0, -0.2], 0.6),
            ]),
            x => SampleDomain.Dot(x, [0.2, 0.3, 0.9, 0.0, 0.1, 1.0]) + 0.6 * Math.Max(0, x[2] * x[5]),
            Noise: 0.35),
        new("injection-moulding-defects", "Injection moulding defect grader",
            "Grades moulded plastic parts as pass, rework or scrap. Mould pressure and temperature out of their "
            + "window cause short shots and warping; humidity matters for some resins.",
            TaskKind.Classification, SampleTrainer.MaximumEntropy,
            new Population("thin-walled housings (55%) and thick structural parts (45%)",
            [
                new(0.55, [0.5, 0.9, -0.6, 0.9, 0.4, -0.3], 0.55),
                new(0.45, [-0.4, 0.5, -0.8, 1.4, 0.2, 0.1], 0.55),
            ]),
            x => SampleDomain.Dot(x, [0.1, 0.8, 0.2, -0.7, 0.6, 0.4]),
            Noise: 0.35),
        new("bearing-remaining-life", "Bearing remaining useful life estimator",
            "Estimates the remaining useful life, in hours, of spindle bearings from vibration and temperature. "
            + "Wear already accumulated and high speeds shorten it.",
            TaskKind.Regression, SampleTrainer.FastTree,
            new Population("high-speed spindles (50%) and heavy-duty conveyors (50%)",
            [
                new(0.5, [1.2, 0.3, 0.6, -0.3, -0.1, 0.4], 0.55),
                new(0.5, [-1.0, 0.1, 0.9, 0.4, 0.3, 0.7], 0.55),
            ]),
            x => Math.Max(5, 400 + SampleDomain.Dot(x, [-40, -35, -90, -10, -5, -110])),
            Noise: 20, TargetDescription: "remaining useful life, hours"),
        new("paint-line-film-thickness", "Paint line coating thickness predictor",
            "Predicts the dry film thickness, in micrometres, of the coating on an automotive paint line. Line speed "
            + "thins the coat; pressure and humidity thicken it.",
            TaskKind.Regression, SampleTrainer.FastTree,
            new Population("body panels (70%) and bumpers and trim (30%)",
            [
                new(0.7, [0.2, -0.5, -1.0, -0.2, 0.6, -0.6], 0.5),
                new(0.3, [-0.5, -0.7, -1.1, 0.4, 0.8, -0.4], 0.5),
            ]),
            x => Math.Max(10, 110 + SampleDomain.Dot(x, [-14, 4, 1, 10, 6, 2])),
            Noise: 3, TargetDescription: "dry film thickness, micrometres"),
    ];

    public static readonly SampleDomain Domain = new("manufacturing", "production runs", Features, Classes, ["Industry"], Tasks);
}
