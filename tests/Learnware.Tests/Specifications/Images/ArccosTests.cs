using System.Runtime.Intrinsics;
using Learnware.Specifications.Images;

namespace Learnware.Tests.Specifications.Images;

public class ArccosTests
{
    [Fact]
    public void VectorAndScalar_AgreeWithMathAcosToFloatPrecisionOnAllOfMinusOneToOne()
    {
        double worst = 0;
        var lanes = new float[8];
        for (int i = 0; i <= 80_000; i += 8)
        {
            for (int l = 0; l < 8; l++)
                lanes[l] = Math.Clamp(-1f + (i + l) / 40_000f, -1f, 1f);
            var vector = Arccos.Of(Vector256.Create(lanes));
            for (int l = 0; l < 8; l++)
            {
                double exact = Math.Acos(lanes[l]);
                worst = Math.Max(worst, Math.Abs(vector[l] - exact));
                Assert.Equal(vector[l], Arccos.Of(lanes[l]));
            }
        }
        Assert.True(worst < 1e-6, $"largest error {worst}");
        Assert.Equal(0f, Arccos.Of(1f));
        Assert.Equal(MathF.PI, Arccos.Of(-1f), 6);
    }
}
