using Learnware.Numerics;

namespace Learnware.Tests.Numerics;

public class SimplexQpSolverTests
{
    private static double[] RbfGram(double[] points, int n, int d, double gamma)
    {
        var gram = new double[n * n];
        RbfKernel.Matrix(points, n, points, n, d, gamma, gram);
        return gram;
    }

    [Theory]
    [InlineData(5, 2, 1)]
    [InlineData(40, 3, 2)]
    [InlineData(100, 8, 3)]
    [InlineData(150, 2, 4)]
    public void Solution_SatisfiesKkt_OnIllConditionedKernelProblems(int m, int d, int seed)
    {
        var random = new Random(seed);
        var points = Enumerable.Range(0, m * d).Select(_ => SyntheticData.Normal(random)).ToArray();
        var gram = RbfGram(points, m, d, 0.1);
        var c = Enumerable.Range(0, m).Select(_ => random.NextDouble()).ToArray();
        var x = new double[m];
        var result = SimplexQpSolver.Solve(gram, c, x);
        var g = new double[m];
        SimplexQpSolver.Gradient(gram, c, x, g);
        Assert.True(SimplexQpSolver.KktResidual(g, x) <= 1e-9, $"KKT residual {SimplexQpSolver.KktResidual(g, x)}");
        Assert.True(result.KktResidual <= 1e-9);
        Assert.All(x, v => Assert.True(v >= 0));
        Assert.Equal(1, x.Sum(), 12);
    }

    [Fact]
    public void Solution_IsNoWorseThanAnyVertexOrRandomFeasiblePoint()
    {
        var random = new Random(7);
        const int m = 12;
        var points = Enumerable.Range(0, m * 2).Select(_ => SyntheticData.Normal(random)).ToArray();
        var gram = RbfGram(points, m, 2, 0.5);
        var c = Enumerable.Range(0, m).Select(_ => random.NextDouble()).ToArray();
        var x = new double[m];
        double best = SimplexQpSolver.Solve(gram, c, x).Objective;
        for (int trial = 0; trial < 2000; trial++)
        {
            var y = Enumerable.Range(0, m).Select(_ => -Math.Log(1 - random.NextDouble())).ToArray();
            double s = y.Sum();
            for (int i = 0; i < m; i++) y[i] /= s;
            Assert.True(best <= Objective(gram, c, y) + 1e-12);
        }
    }

    [Fact]
    public void KnownProblem_HasKnownSolution()
    {
        // ½(x1² + x2²) − (x1 + 0.5 x2) on x1 + x2 = 1: optimum x = (0.75, 0.25).
        double[] q = [1, 0, 0, 1];
        var x = new double[2];
        SimplexQpSolver.Solve(q, [1, 0.5], x);
        Assert.Equal(0.75, x[0], 12);
        Assert.Equal(0.25, x[1], 12);
        // A strongly preferred coordinate takes all the weight.
        SimplexQpSolver.Solve(q, [5, 0], x);
        Assert.Equal([1.0, 0.0], x);
    }

    [Fact]
    public void DuplicatePoints_DoNotBreakTheSolver()
    {
        double[] points = [0, 0, 0, 0, 1, 1, 1, 1, 3, 3];
        var gram = RbfGram(points, 5, 2, 0.2);
        var x = new double[5];
        var result = SimplexQpSolver.Solve(gram, [0.5, 0.5, 0.4, 0.4, 0.1], x);
        Assert.True(result.KktResidual <= 1e-9);
    }

    [Fact]
    public void WarmStart_ReachesTheSameOptimum()
    {
        var random = new Random(3);
        const int m = 60;
        var points = Enumerable.Range(0, m * 4).Select(_ => SyntheticData.Normal(random)).ToArray();
        var gram = RbfGram(points, m, 4, 0.1);
        var c = Enumerable.Range(0, m).Select(_ => random.NextDouble()).ToArray();
        var cold = new double[m];
        double coldObjective = SimplexQpSolver.Solve(gram, c, cold).Objective;
        var warm = Enumerable.Repeat(1.0 / m, m).ToArray();
        var result = SimplexQpSolver.Solve(gram, c, warm, warmStart: true);
        Assert.Equal(coldObjective, result.Objective, 10);
        Assert.True(result.KktResidual <= 1e-9);
    }

    private static double Objective(double[] q, double[] c, double[] x)
    {
        int m = c.Length;
        double value = 0;
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < m; j++) value += 0.5 * x[i] * q[i * m + j] * x[j];
            value -= c[i] * x[i];
        }
        return value;
    }
}
