namespace Learnware.Samples;

/// <summary>Standard normal draws from a seeded <see cref="Random"/>, so the same seed gives the same rows.</summary>
internal static class Gaussian
{
    /// <summary>Box-Muller; one of the pair is dropped to keep the draw order simple.</summary>
    public static double Next(Random rng)
    {
        double u = 1.0 - rng.NextDouble();
        double v = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }
}
