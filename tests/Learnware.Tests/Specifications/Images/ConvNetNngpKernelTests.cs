using Learnware.Specifications.Images;

namespace Learnware.Tests.Specifications.Images;

public class ConvNetNngpKernelTests
{
    private const int Plane = ConvNetNngpKernel.Pixels;

    [Fact]
    public void ZeroImages_GiveTheValueWorkedOutByHand()
    {
        // For x = y = 0 every map is xy = xx = yy, so each ReLU halves it and the kernel is linear after the first
        // convolution (which gives the bias 0.1 everywhere). With s = √2/9, a = 0.05 after block 1, and neighbour
        // counts n = 2 at the border and 3 inside: block 2 pools to 0.5·(s·a·m_I·m_J + 0.1) with m = [2.5, 3 ×6, 2.5];
        // block 3's convolution averages to s·(0.5·s·a·mean(M)² + 0.05·mean(n)²) + 0.1 with M the neighbour sums of
        // m (mean 8) and mean(n) = 2.75, and the last ReLU halves it.
        double s = Math.Sqrt(2) / 9;
        double expected = 0.5 * (s * (0.5 * s * 0.05 * 64 + 0.05 * 2.75 * 2.75) + 0.1);
        var zero = new float[Plane];
        var variances = Variances(zero, 1);
        var scratch = new float[ConvNetNngpKernel.ScratchLength];

        Assert.Equal(0.0994614, expected, 7);
        Assert.Equal(expected, ConvNetNngpKernel.Evaluate(zero, variances, zero, variances, 1, scratch), 6);
        Assert.Equal(expected, ConvNetNngpKernel.Self(variances, scratch), 6);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    public void Evaluate_MatchesAPlainPerPixelImplementationOfTheFormula(int channels, int seed)
    {
        var random = new Random(seed);
        var x = RandomImage(random, channels);
        var y = RandomImage(random, channels);
        var scratch = new float[ConvNetNngpKernel.ScratchLength];

        float fast = ConvNetNngpKernel.Evaluate(x, Variances(x, channels), y, Variances(y, channels), channels, scratch);
        float swapped = ConvNetNngpKernel.Evaluate(y, Variances(y, channels), x, Variances(x, channels), channels, scratch);

        double plain = PlainNngpKernel.Kernel(x, y, channels);
        Assert.Equal(plain, fast, plain * 1e-5);
        Assert.Equal(fast, swapped, Math.Abs(fast) * 1e-6);
    }

    [Fact]
    public void Self_EqualsTheKernelOfAnImageWithItself()
    {
        var x = RandomImage(new Random(5), 1);
        var v = Variances(x, 1);
        var scratch = new float[ConvNetNngpKernel.ScratchLength];
        Assert.Equal(ConvNetNngpKernel.Self(v, scratch), ConvNetNngpKernel.Evaluate(x, v, x, v, 1, scratch), 5);
    }

    [Fact]
    public void Evaluate_AllocatesNothing()
    {
        var random = new Random(3);
        var x = RandomImage(random, 3);
        var y = RandomImage(random, 3);
        var vx = Variances(x, 3);
        var vy = Variances(y, 3);
        var scratch = new float[ConvNetNngpKernel.ScratchLength];
        ConvNetNngpKernel.Evaluate(x, vx, y, vy, 3, scratch);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
            ConvNetNngpKernel.Evaluate(x, vx, y, vy, 3, scratch);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Evaluate_RejectsAnImageOfTheWrongSize()
    {
        var scratch = new float[ConvNetNngpKernel.ScratchLength];
        var v = new float[ConvNetNngpKernel.VarianceLength];
        var error = Assert.Throws<ArgumentException>(() =>
            ConvNetNngpKernel.Evaluate(new float[28 * 28], v, new float[Plane], v, 1, scratch));
        Assert.Contains("needs 1024 floats, got 784", error.Message);
    }

    private static float[] Variances(float[] image, int channels)
    {
        var v = new float[ConvNetNngpKernel.VarianceLength];
        ConvNetNngpKernel.Variances(image, channels, v, new float[ConvNetNngpKernel.ScratchLength]);
        return v;
    }

    private static float[] RandomImage(Random random, int channels)
    {
        var image = new float[channels * Plane];
        for (int i = 0; i < image.Length; i++)
            image[i] = (float)(random.NextDouble() * 2 - 1);
        return image;
    }
}
