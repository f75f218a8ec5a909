using Learnware.Numerics;

namespace Learnware.Tests.Numerics;

[Collection(nameof(GemmTests))]
public class GemmTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 5, 7)]
    [InlineData(4, 8, 8)]
    [InlineData(13, 50, 21)]
    [InlineData(100, 50, 256)]
    public void VectorPath_MatchesScalarPath_AndNaiveProduct(int m, int p, int q)
    {
        var random = new Random(m * 1000 + p * 10 + q);
        var a = Enumerable.Range(0, m * p).Select(_ => random.NextDouble() - 0.5).ToArray();
        var b = Enumerable.Range(0, p * q).Select(_ => random.NextDouble() - 0.5).ToArray();
        var initial = Enumerable.Range(0, m * q).Select(_ => random.NextDouble()).ToArray();
        var vector = (double[])initial.Clone();
        var scalar = (double[])initial.Clone();
        Gemm.MultiplyAdd(a, b, vector, m, p, q);
        try
        {
            Gemm.ForceScalar = true;
            Gemm.MultiplyAdd(a, b, scalar, m, p, q);
        }
        finally
        {
            Gemm.ForceScalar = false;
        }
        for (int i = 0; i < m; i++)
            for (int j = 0; j < q; j++)
            {
                double expected = initial[i * q + j];
                for (int k = 0; k < p; k++) expected += a[i * p + k] * b[k * q + j];
                Assert.True(Math.Abs(expected - vector[i * q + j]) < 1e-12, $"vector ({i},{j})");
                Assert.True(Math.Abs(expected - scalar[i * q + j]) < 1e-12, $"scalar ({i},{j})");
            }
    }

    [Fact]
    public void RbfMatrix_MatchesTheDefinition()
    {
        double[] a = [0, 0, 1, 2], b = [1, 1, 0, 0, 3, -1];
        var k = new double[6];
        RbfKernel.Matrix(a, 2, b, 3, 2, 0.3, k);
        Assert.Equal(Math.Exp(-0.3 * 2), k[0], 15);
        Assert.Equal(1, k[1], 15);
        Assert.Equal(Math.Exp(-0.3 * 10), k[2], 15);
        Assert.Equal(Math.Exp(-0.3 * 1), k[3], 15);
        Assert.Equal(Math.Exp(-0.3 * 5), k[4], 15);
        Assert.Equal(Math.Exp(-0.3 * 13), k[5], 15);
    }
}
