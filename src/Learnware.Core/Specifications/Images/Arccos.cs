using System.Runtime.Intrinsics;

namespace Learnware.Specifications.Images;

/// <summary>
/// arccos in float32, vectorised: the Cephes <c>acosf</c> reduction (arcsin polynomial on |x| ≤ ½, and
/// arccos x = 2·arcsin √((1 − x)/2) beyond), accurate to a few float32 ulps on [−1, 1].
/// </summary>
internal static class Arccos
{
    private const float HalfPi = MathF.PI / 2;

    /// <summary>arccos of each lane, for lanes in [−1, 1].</summary>
    public static Vector256<float> Of(Vector256<float> x)
    {
        var half = Vector256.Create(0.5f);
        var a = Vector256.Abs(x);
        var large = Vector256.GreaterThan(a, half);
        // |x| > ½: arcsin of s = √((1 − |x|)/2), with z = s²; otherwise arcsin of x itself, with z = x².
        var zLarge = half * (Vector256<float>.One - a);
        var z = Vector256.ConditionalSelect(large, zLarge, x * x);
        var s = Vector256.ConditionalSelect(large, Vector256.Sqrt(zLarge), x);
        var asin = Polynomial(z) * z * s + s;
        // |x| ≤ ½: π/2 − arcsin x. x > ½: 2·arcsin s. x < −½: π − 2·arcsin s.
        var small = Vector256.Create(HalfPi) - asin;
        var doubled = asin + asin;
        var negative = Vector256.LessThan(x, Vector256<float>.Zero);
        var beyond = Vector256.ConditionalSelect(negative, Vector256.Create(MathF.PI) - doubled, doubled);
        return Vector256.ConditionalSelect(large, beyond, small);
    }

    /// <summary>The same for one value.</summary>
    public static float Of(float x)
    {
        float a = MathF.Abs(x);
        bool large = a > 0.5f;
        float z = large ? 0.5f * (1 - a) : x * x;
        float s = large ? MathF.Sqrt(z) : x;
        float asin = Polynomial(z) * z * s + s;
        if (!large)
            return HalfPi - asin;
        return x < 0 ? MathF.PI - (asin + asin) : asin + asin;
    }

    private static Vector256<float> Polynomial(Vector256<float> z) =>
        (((Vector256.Create(4.2163199048E-2f) * z + Vector256.Create(2.4181311049E-2f)) * z
            + Vector256.Create(4.5470025998E-2f)) * z + Vector256.Create(7.4953002686E-2f)) * z + Vector256.Create(1.6666752422E-1f);

    private static float Polynomial(float z) =>
        (((4.2163199048E-2f * z + 2.4181311049E-2f) * z + 4.5470025998E-2f) * z + 7.4953002686E-2f) * z + 1.6666752422E-1f;
}
