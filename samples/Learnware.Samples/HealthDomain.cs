namespace Learnware.Samples;

/// <summary>A synthetic clinical domain: six features of a discharged patient, shared by four hospitals' models.</summary>
internal static class HealthDomain
{
    public static readonly IReadOnlyList<Feature> Features =
    [
        new("age", "Patient age, standardized: (years - 60) / 15"),
        new("length_of_stay", "Days in hospital, standardized: (days - 5) / 3"),
        new("prior_admissions", "Admissions in the previous year, standardized: (count - 1) / 1.2"),
        new("medications", "Medications at discharge, standardized: (count - 8) / 4"),
        new("blood_glucose", "Fasting blood glucose, standardized: (mg/dL - 110) / 30"),
        new("systolic_pressure", "Systolic blood pressure, standardized: (mmHg - 130) / 18"),
    ];

    public static readonly IReadOnlyList<string> Classes =
    [
        "low risk: readmission within 30 days unlikely",
        "moderate risk: follow-up call advised",
        "high risk: early clinic visit advised",
    ];

    public static readonly IReadOnlyList<SampleTask> Tasks =
    [
        new("general-hospital-readmission", "General hospital 30-day readmission risk",
            "Grades adult patients at discharge from a general hospital by their risk of readmission within 30 days. "
            + "Prior admissions and the number of medications weigh most.",
            TaskKind.Classification, SampleTrainer.MaximumEntropy,
            new Population("general medicine (60%) and surgical (40%) discharges",
            [
                new(0.6, [0.3, 0.1, 0.4, 0.3, 0.2, 0.2], 0.6),
                new(0.4, [-0.3, 0.6, -0.2, -0.1, -0.2, 0.0], 0.6),
            ]),
            x => SampleDomain.Dot(x, [0.3, 0.4, 1.1, 0.7, 0.3, 0.2]),
            Noise: 0.35),
        new("cardiology-ward-readmission", "Cardiology ward readmission risk",
            "Grades heart-failure and cardiac patients at discharge by their 30-day readmission risk. Blood pressure "
            + "and long stays weigh more here than in general wards.",
            TaskKind.Classification, SampleTrainer.LightGbm,
            new Population("heart-failure (55%) and post-infarction (45%) patients",
            [
                new(0.55, [1.0, 0.9, 0.8, 1.0, 0.4, 0.9], 0.55),
                new(0.45, [0.6, 0.3, 0.1, 0.7, 0.1, 0.5], 0.55),
            ]),
            x => SampleDomain.Dot(x, [0.4, 0.6, 0.8, 0.3, 0.2, 0.8]) + 0.6 * Math.Max(0, x[5] - 0.5),
            Noise: 0.35),
        new("diabetes-clinic-glucose-risk", "Diabetes clinic complication risk",
            "Grades outpatients of a diabetes clinic by their risk of an acute glucose complication in the next month. "
            + "Fasting glucose and missed control weigh most.",
            TaskKind.Classification, SampleTrainer.MaximumEntropy,
            new Population("type 2 diabetes outpatients (75%) and newly diagnosed patients (25%)",
            [
                new(0.75, [0.2, -0.8, 0.2, 0.6, 1.3, 0.4], 0.55),
                new(0.25, [-0.4, -1.0, -0.4, -0.5, 0.9, 0.1], 0.55),
            ]),
            x => SampleDomain.Dot(x, [0.2, 0.1, 0.6, 0.4, 1.3, 0.2]),
            Noise: 0.35),
        new("geriatric-length-of-stay", "Geriatric ward length of stay predictor",
            "Predicts the number of days an elderly patient admitted to a geriatric ward will stay. Age, prior "
            + "admissions and the medication load lengthen the stay.",
            TaskKind.Regression, SampleTrainer.FastTree,
            new Population("frail elderly patients (60%) and fall admissions (40%)",
            [
                new(0.6, [1.5, 0.5, 0.9, 1.0, 0.3, 0.3], 0.5),
                new(0.4, [1.8, 0.2, 0.3, 0.6, 0.0, 0.1], 0.5),
            ]),
            x => Math.Max(1, 9 + SampleDomain.Dot(x, [2.0, 0, 1.5, 1.2, 0.5, 0.4])),
            Noise: 1.2, TargetDescription: "expected length of stay, days"),
    ];

    public static readonly SampleDomain Domain = new("health", "patients", Features, Classes, ["Health"], Tasks);
}
