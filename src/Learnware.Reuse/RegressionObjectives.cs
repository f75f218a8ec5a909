namespace Learnware.Reuse;

/// <summary>MDEP's regression objectives: the mean squared error of the subset's mean prediction, and the subset size.</summary>
internal sealed class RegressionObjectives(double[][] predictions, double[] targets) : IPruningObjectives
{
    private readonly double[] _sum = new double[targets.Length];

    public int Count => 2;

    public int ErrorIndex => 0;

    public double[] Evaluate(ReadOnlySpan<bool> selected)
    {
        Array.Clear(_sum);
        int size = 0;
        for (int m = 0; m < selected.Length; m++)
        {
            if (!selected[m]) continue;
            size++;
            System.Numerics.Tensors.TensorPrimitives.Add(_sum, predictions[m], _sum);
        }
        double squared = 0;
        for (int r = 0; r < targets.Length; r++)
        {
            double error = _sum[r] / size - targets[r];
            squared += error * error;
        }
        return [squared / targets.Length, size];
    }
}
