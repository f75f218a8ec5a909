using System.Globalization;
using Learnware.Numerics;

namespace Learnware.Protocol.Data;

/// <summary>
/// Reads the FANN training-file format of the PROBEN1 and DELVE files in libfann-doc: a header
/// "rows inputs outputs", then for each row a line of inputs and a line of outputs.
/// </summary>
public static class FannDataReader
{
    /// <summary>Reads <paramref name="path"/> into inputs (rows × inputs) and outputs (rows × outputs).</summary>
    public static (DenseMatrix Inputs, DenseMatrix Outputs) Read(string path)
    {
        if (!File.Exists(path))
            throw new DatasetException($"{path}: not found (scripts/install-datasets.sh installs it)");
        var tokens = File.ReadAllText(path).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 3)
            throw new DatasetException($"{path}: the header 'rows inputs outputs' is missing");
        int rows = Header(path, tokens[0], "rows"), inputs = Header(path, tokens[1], "inputs"), outputs = Header(path, tokens[2], "outputs");
        long expected = 3 + (long)rows * (inputs + outputs);
        if (tokens.Length != expected)
            throw new DatasetException($"{path}: the header promises {rows} rows of {inputs}+{outputs} values ({expected} numbers), the file holds {tokens.Length}");
        var x = new double[rows * inputs];
        var y = new double[rows * outputs];
        int t = 3;
        for (int r = 0; r < rows; r++)
        {
            for (int j = 0; j < inputs; j++) x[r * inputs + j] = Value(path, tokens[t++], r);
            for (int j = 0; j < outputs; j++) y[r * outputs + j] = Value(path, tokens[t++], r);
        }
        return (new DenseMatrix(x, rows, inputs), new DenseMatrix(y, rows, outputs));
    }

    private static int Header(string path, string token, string what) =>
        int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : throw new DatasetException($"{path}: header field '{what}' is '{token}', not a positive whole number");

    private static double Value(string path, string token, int row) =>
        double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw new DatasetException($"{path}: row {row + 1} holds '{token}', not a finite number");
}
