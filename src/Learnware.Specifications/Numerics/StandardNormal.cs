namespace Learnware.Numerics;

/// <summary>Standard normal draws from a seeded <see cref="Random"/>, so that seeded code gives the same values everywhere.</summary>
public static class StandardNormal
{
    /// <summary>One N(0, 1) value (Box–Muller; 1 − U keeps the logarithm finite).</summary>
    public static double Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
