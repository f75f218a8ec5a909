namespace Learnware.Specifications.Images;

/// <summary>
/// Bilinear resizing with antialiasing, as torchvision's <c>Resize(antialias=True)</c>: each output pixel averages
/// the input under a triangle filter whose support widens with the downscaling factor (plain bilinear with
/// half-pixel centres when enlarging), separably along rows and then columns.
/// </summary>
public sealed class ImageResize
{
    private readonly Axis _rows, _columns;
    private readonly float[] _buffer;

    /// <summary>Prepares the filters for <paramref name="height"/>×<paramref name="width"/> to
    /// <paramref name="targetHeight"/>×<paramref name="targetWidth"/> planes.</summary>
    public ImageResize(int height, int width, int targetHeight, int targetWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(targetHeight, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(targetWidth, 1);
        Height = height;
        Width = width;
        TargetHeight = targetHeight;
        TargetWidth = targetWidth;
        _rows = new Axis(height, targetHeight);
        _columns = new Axis(width, targetWidth);
        _buffer = new float[height * targetWidth];
    }

    /// <summary>Input plane height.</summary>
    public int Height { get; }

    /// <summary>Input plane width.</summary>
    public int Width { get; }

    /// <summary>Output plane height.</summary>
    public int TargetHeight { get; }

    /// <summary>Output plane width.</summary>
    public int TargetWidth { get; }

    /// <summary>Resizes one plane (row-major). Not thread-safe: one instance per thread.</summary>
    public void Plane(ReadOnlySpan<float> source, Span<float> target)
    {
        if (source.Length != Height * Width || target.Length != TargetHeight * TargetWidth)
            throw new ArgumentException($"expected {Height}x{Width} in and {TargetHeight}x{TargetWidth} out");
        var buffer = _buffer.AsSpan();
        for (int r = 0; r < Height; r++)
        {
            var row = source.Slice(r * Width, Width);
            var outRow = buffer.Slice(r * TargetWidth, TargetWidth);
            for (int c = 0; c < TargetWidth; c++)
                outRow[c] = _columns.Apply(c, row, 1, 0);
        }
        for (int r = 0; r < TargetHeight; r++)
        {
            var outRow = target.Slice(r * TargetWidth, TargetWidth);
            for (int c = 0; c < TargetWidth; c++)
                outRow[c] = _rows.Apply(r, buffer, TargetWidth, c);
        }
    }

    /// <summary>The taps of one axis: for each output index, the first input index and the normalised weights.</summary>
    private sealed class Axis
    {
        private readonly int[] _start;
        private readonly int[] _count;
        private readonly float[] _weights;
        private readonly int _stride;

        public Axis(int length, int target)
        {
            double scale = (double)length / target;
            double support = scale >= 1 ? scale : 1.0;
            double inverse = scale >= 1 ? 1.0 / scale : 1.0;
            _stride = (int)Math.Ceiling(support) * 2 + 1;
            _start = new int[target];
            _count = new int[target];
            _weights = new float[target * _stride];
            for (int i = 0; i < target; i++)
            {
                double centre = scale * (i + 0.5);
                int min = Math.Max((int)(centre - support + 0.5), 0);
                int max = Math.Min((int)(centre + support + 0.5), length);
                int count = Math.Min(max - min, _stride);
                double total = 0;
                var w = _weights.AsSpan(i * _stride, count);
                for (int j = 0; j < count; j++)
                {
                    double t = Math.Max(0.0, 1.0 - Math.Abs((j + min - centre + 0.5) * inverse));
                    w[j] = (float)t;
                    total += t;
                }
                if (total > 0)
                    for (int j = 0; j < count; j++)
                        w[j] = (float)(w[j] / total);
                _start[i] = min;
                _count[i] = count;
            }
        }

        /// <summary>Σ_j w_j · source[(start + j)·step + offset] for output index i.</summary>
        public float Apply(int i, ReadOnlySpan<float> source, int step, int offset)
        {
            var w = _weights.AsSpan(i * _stride, _count[i]);
            int start = _start[i];
            float sum = 0;
            for (int j = 0; j < w.Length; j++)
                sum += w[j] * source[(start + j) * step + offset];
            return sum;
        }
    }
}
