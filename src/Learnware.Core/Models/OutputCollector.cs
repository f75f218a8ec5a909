using Microsoft.ML.OnnxRuntime;

namespace Learnware.Models;

/// <summary>Gathers one output over all batches into a single row-major float array.</summary>
internal sealed class OutputCollector(string modelName, ModelTensorInfo output, int rowCount)
{
    private float[]? _values;
    private int _columns;
    private bool _isInteger;

    /// <summary>Copies the output of the batch that started at <paramref name="firstRow"/>.</summary>
    public void Add(OrtValue value, int firstRow, int rows)
    {
        var where = $"output '{output.Name}' of {modelName}";
        var info = value.GetTensorTypeAndShape();
        var shape = info.Shape;
        if (shape.Length == 0 || shape[0] != rows)
        {
            throw new ModelException(
                $"{where} has shape [{string.Join(", ", shape)}] for a batch of {rows} rows; expected one output row per input row");
        }

        var columns = shape[1..].Aggregate(1L, (a, b) => a * b);
        if (_values is null)
        {
            if (columns * rowCount > Array.MaxLength)
            {
                throw new ModelException($"{where} would hold {columns * rowCount} values for {rowCount} rows, more than one array can");
            }

            _columns = (int)columns;
            _values = new float[_columns * rowCount];
        }
        else if (columns != _columns)
        {
            throw new ModelException(
                $"{where} gave {columns} values per row at row {firstRow} but {_columns} for earlier rows");
        }

        var type = ModelElementTypes.From(info.ElementDataType);
        if (!TensorConversion.CanConvert(type))
        {
            throw new ModelException($"{where} holds {ModelElementTypes.Describe(type)} values, which cannot be read as numbers");
        }

        _isInteger = TensorConversion.IsInteger(type);
        TensorConversion.CopyAsFloat(value, type, _values.AsSpan(firstRow * _columns, rows * _columns));
    }

    public ModelOutput Result() =>
        new(output.Name, rowCount, _columns, _values ?? throw new InvalidOperationException("no batch was added"), _isInteger);
}
