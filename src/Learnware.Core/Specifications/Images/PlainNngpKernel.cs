namespace Learnware.Specifications.Images;

/// <summary>
/// The ConvNet NNGP kernel written pixel by pixel in double precision, as the reference notes state it, without
/// precomputed variances or SIMD: the statement <see cref="ConvNetNngpKernel"/> is checked and timed against.
/// </summary>
internal static class PlainNngpKernel
{
    public static double Kernel(ReadOnlySpan<float> x, ReadOnlySpan<float> y, int channels)
    {
        const int Side = 32, Plane = Side * Side;
        var xy = new double[Side, Side];
        var xx = new double[Side, Side];
        var yy = new double[Side, Side];
        for (int r = 0; r < Side; r++)
            for (int c = 0; c < Side; c++)
                for (int ch = 0; ch < channels; ch++)
                {
                    double a = x[ch * Plane + r * Side + c], b = y[ch * Plane + r * Side + c];
                    xy[r, c] += a * b / channels;
                    xx[r, c] += a * a / channels;
                    yy[r, c] += b * b / channels;
                }
        for (int block = 0; block < 3; block++)
        {
            xy = Conv(xy);
            xx = Conv(xx);
            yy = Conv(yy);
            int n = xy.GetLength(0);
            for (int r = 0; r < n; r++)
                for (int c = 0; c < n; c++)
                {
                    double v = xx[r, c] * yy[r, c] + 1.17549435e-38;
                    double theta = Math.Acos(Math.Clamp(xy[r, c] / Math.Sqrt(v), -1, 1));
                    xy[r, c] = (Math.Sqrt(Math.Max(v - xy[r, c] * xy[r, c], 0)) + (Math.PI - theta) * xy[r, c]) / (2 * Math.PI);
                    xx[r, c] /= 2;
                    yy[r, c] /= 2;
                }
            xy = Pool(xy);
            xx = Pool(xx);
            yy = Pool(yy);
        }
        double sum = 0;
        foreach (double v in xy)
            sum += v / 16;
        return sum;
    }

    private static double[,] Conv(double[,] map)
    {
        int n = map.GetLength(0);
        var result = new double[n, n];
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++)
            {
                double box = 0;
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++)
                        if (r + dr >= 0 && r + dr < n && c + dc >= 0 && c + dc < n)
                            box += map[r + dr, c + dc];
                result[r, c] = Math.Sqrt(2) / 9 * box + 0.1;
            }
        return result;
    }

    private static double[,] Pool(double[,] map)
    {
        int n = map.GetLength(0) / 2;
        var result = new double[n, n];
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++)
                result[r, c] = (map[2 * r, 2 * c] + map[2 * r, 2 * c + 1] + map[2 * r + 1, 2 * c] + map[2 * r + 1, 2 * c + 1]) / 4;
        return result;
    }
}
