namespace Learnware.Samples;

/// <summary>A synthetic housing domain: six features of a home, shared by four regional price and rent models.</summary>
internal static class HousingDomain
{
    public static readonly IReadOnlyList<Feature> Features =
    [
        new("floor_area", "Living area, standardized: (square metres - 110) / 40"),
        new("rooms", "Number of rooms, standardized: (count - 4) / 1.5"),
        new("age", "Age of the building, standardized: (years - 35) / 20"),
        new("distance_centre", "Distance to the city centre, standardized: (km - 8) / 6"),
        new("lot_size", "Plot size, standardized: (square metres - 400) / 250"),
        new("energy_rating", "Energy efficiency rating, standardized: (score 0-100 - 60) / 15"),
    ];

    public static readonly IReadOnlyList<string> Classes =
    [
        "below the market: priced under comparable homes",
        "at the market: priced like comparable homes",
        "above the market: priced over comparable homes",
    ];

    public static readonly IReadOnlyList<SampleTask> Tasks =
    [
        new("harbour-city-apartment-prices", "Harbour City apartment price estimator",
            "Estimates the sale price, in thousand dollars, of apartments in a dense coastal city. Floor area and the "
            + "distance to the centre weigh most; old buildings with poor energy ratings sell at a discount.",
            TaskKind.Regression, SampleTrainer.FastTree,
            new Population("inner-city flats (65%) and harbour-front apartments (35%)",
            [
                new(0.65, [-0.8, -0.7, 0.6, -1.0, -1.3, -0.2], 0.5),
                new(0.35, [-0.2, -0.2, -0.6, -0.7, -1.2, 0.8], 0.5),
            ]),
            x => Math.Max(50, 420 + SampleDomain.Dot(x, [110, 25, -30, -70, 10, 25])),
            Noise: 25, TargetDescription: "estimated sale price, thousand dollars"),
        new("suburban-family-home-prices", "Suburban family home price estimator",
            "Estimates the sale price, in thousand dollars, of detached family homes in commuter suburbs. Rooms and the "
            + "plot size weigh most; the commute to the centre matters less than in the city.",
            TaskKind.Regression, SampleTrainer.FastTree,
            new Population("detached family homes (70%) and newer estate houses (30%)",
            [
                new(0.7, [0.7, 0.8, 0.3, 0.6, 0.6, -0.3], 0.5),
                new(0.3, [0.4, 0.5, -1.1, 0.9, 0.1, 1.1], 0.5),
            ]),
            x => Math.Max(50, 380 + SampleDomain.Dot(x, [70, 45, -20, -25, 40, 15])),
            Noise: 22, TargetDescription: "estimated sale price, thousand dollars"),
        new("student-town-monthly-rent", "Student town monthly rent advisor",
            "Recommends a monthly rent, in dollars, for rooms and small flats in a university town. Small, central and "
            + "furnished flats rent best; energy costs are passed on to the tenant.",
            TaskKind.Regression, SampleTrainer.FastTree,
            new Population("shared student houses (55%) and studio flats (45%)",
            [
                new(0.55, [-0.3, 0.6, 1.0, -0.4, -0.5, -0.8], 0.5),
                new(0.45, [-1.4, -1.3, 0.2, -0.8, -1.4, 0.1], 0.5),
            ]),
            x => Math.Max(200, 900 + SampleDomain.Dot(x, [120, 60, -40, -90, 5, 50])),
            Noise: 60, TargetDescription: "recommended monthly rent, dollars"),
        new("countryside-listing-appraisal", "Countryside listing price appraisal",
            "Grades the asking price of rural listings against comparable homes as below, at or above the market. "
            + "Large plots and old farmhouses are often overpriced; modern, efficient homes rarely are.",
            TaskKind.Classification, SampleTrainer.LightGbm,
            new Population("farmhouses (50%) and modern rural homes (50%)",
            [
                new(0.5, [0.9, 1.0, 1.6, 2.0, 2.2, -1.1], 0.6),
                new(0.5, [0.5, 0.4, -0.8, 1.6, 1.4, 0.7], 0.6),
            ]),
            x => SampleDomain.Dot(x, [-0.3, -0.2, 0.7, 0.2, 0.8, -0.6]) + 0.5 * Math.Max(0, x[4] - x[0]),
            Noise: 0.35),
    ];

    public static readonly SampleDomain Domain = new("housing", "homes", Features, Classes, ["Architecture", "Financial"], Tasks);
}
