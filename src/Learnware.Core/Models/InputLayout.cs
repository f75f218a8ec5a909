namespace Learnware.Models;

/// <summary>How flat float rows are cut into batches and shaped for one model input.</summary>
/// <param name="SampleShape">The per-sample dimensions, dynamic ones resolved from the row length.</param>
/// <param name="ValuesPerRow">The product of <paramref name="SampleShape"/>.</param>
/// <param name="BatchRows">Rows fed to one run of the model.</param>
internal sealed record InputLayout(long[] SampleShape, int ValuesPerRow, int BatchRows)
{
    /// <summary>Rows per run when the batch dimension is dynamic.</summary>
    public const int MaxBatchRows = 1024;

    // Wide samples (images, long sequences) would make 1024-row batches huge, so a batch is also capped by value count.
    private const int MaxBatchValues = 1 << 22;

    /// <summary>Checks that <paramref name="valueCount"/> values split into <paramref name="rowCount"/> samples this input takes.</summary>
    public static InputLayout Create(string modelName, ModelTensorInfo input, int valueCount, int rowCount)
    {
        var where = $"input '{input.Name}' of {modelName}";
        if (input.ElementType != ModelElementType.Float)
        {
            throw new ModelException(
                $"{where} takes {ModelElementTypes.Describe(input.ElementType)} values; only float inputs are supported");
        }

        if (input.Shape.Length == 0)
        {
            throw new ModelException($"{where} is a scalar, so it has no batch dimension to feed rows along");
        }

        if (valueCount % rowCount != 0)
        {
            throw new ModelException($"{where}: {valueCount} values do not split evenly into {rowCount} rows");
        }

        var perRow = valueCount / rowCount;
        var sampleShape = ResolveSampleShape(where, input.Shape, perRow);
        return new InputLayout(sampleShape, perRow, BatchRowsFor(where, input.Shape[0], perRow, rowCount));
    }

    /// <summary>The full tensor shape for a batch of <paramref name="rows"/> rows.</summary>
    public long[] ShapeFor(int rows) => [rows, .. SampleShape];

    private static long[] ResolveSampleShape(string where, int[] shape, int perRow)
    {
        var sample = shape[1..].Select(d => (long)d).ToArray();
        var dynamic = sample.Select((d, axis) => (d, axis)).Where(t => t.d < 0).Select(t => t.axis).ToArray();
        var fixedProduct = sample.Where(d => d >= 0).Aggregate(1L, (a, b) => a * b);
        var shapeText = $"[{string.Join(", ", shape)}]";
        if (dynamic.Length == 0)
        {
            if (perRow != fixedProduct)
            {
                throw new ModelException($"{where} expects {fixedProduct} values per sample (shape {shapeText}), got {perRow}");
            }

            return sample;
        }

        if (dynamic.Length > 1)
        {
            throw new ModelException(
                $"{where} has shape {shapeText} with {dynamic.Length} dynamic dimensions per sample, so a flat row of {perRow} values cannot be shaped");
        }

        if (perRow == 0 || fixedProduct == 0 || perRow % fixedProduct != 0)
        {
            throw new ModelException(
                $"{where} expects a positive multiple of {fixedProduct} values per sample (shape {shapeText}), got {perRow}");
        }

        sample[dynamic[0]] = perRow / fixedProduct;
        return sample;
    }

    private static int BatchRowsFor(string where, int batchDim, int perRow, int rowCount)
    {
        if (batchDim >= 0)
        {
            // A model exported for a fixed batch size runs on whole batches of exactly that size.
            if (batchDim == 0 || rowCount % batchDim != 0)
            {
                throw new ModelException(
                    $"{where} has a fixed batch size of {batchDim}, which cannot take {rowCount} rows; pass a multiple of {batchDim}");
            }

            return batchDim;
        }

        var byValues = Math.Max(1, MaxBatchValues / Math.Max(1, perRow));
        return Math.Min(rowCount, Math.Min(MaxBatchRows, byValues));
    }
}
