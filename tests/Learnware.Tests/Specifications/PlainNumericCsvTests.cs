using System.Text;
using Learnware.Tables;

namespace Learnware.Tests.Specifications;

/// <summary>
/// A CSV file is read by <see cref="PlainNumericCsv"/> when it is plain numbers, and by the strict reader otherwise:
/// the table, and every error (file, line, column, why), must be the strict reader's either way.
/// </summary>
public class PlainNumericCsvTests(TestFolder folder) : IClassFixture<TestFolder>
{
    private static NumericTable Strict(string csv, IReadOnlyList<string>? columns = null) =>
        CsvTable.Read(new StringReader(csv), "t.csv", columns);

    // The strict reader on a file, as CsvTable.Read(path) opened it before the fast path (a StreamReader drops a
    // byte-order mark, which a string would keep).
    private static NumericTable StrictFile(string path, IReadOnlyList<string>? columns = null)
    {
        using var reader = new StreamReader(path);
        return CsvTable.Read(reader, path, columns);
    }

    private static NumericTable? Fast(string csv, IReadOnlyList<string>? columns = null) =>
        PlainNumericCsv.TryRead(Encoding.UTF8.GetBytes(csv), columns);

    private static void AssertSameTable(NumericTable expected, NumericTable actual)
    {
        Assert.Equal(expected.ColumnNames, actual.ColumnNames);
        Assert.Equal(expected.Rows, actual.Rows);
        Assert.Equal(expected.Columns, actual.Columns);
        // Bit for bit, so that NaN (missing) must sit in the same cells.
        Assert.Equal(expected.Values.Data.Select(BitConverter.DoubleToInt64Bits), actual.Values.Data.Select(BitConverter.DoubleToInt64Bits));
    }

    [Theory]
    [InlineData("a,b\n1,2\n3,4\n")]
    [InlineData("a,b\n1,2\n3,4")] // no line end after the last row
    [InlineData("a,b\r\n1,2\r\n3,4\r\n")]
    [InlineData("a,b\n\n1,2\n\n\n3,4\n\n")] // blank lines are no rows
    [InlineData("a,b\n1,2\n   \n3,4\n")] // nor lines of spaces
    [InlineData("\na,b\n1,2\n")] // nor a blank line before the header
    [InlineData(" a , b \n 1 ,  2\n3   ,4  \n")] // spaces around names and cells are trimmed
    [InlineData("a,b\n,NaN\nnan,NA\nnull,\n")] // missing tokens
    [InlineData("a,b\n-1.5e-3,+2E+10\n.5,5.\n1e-400,3.4028234e38\n")]
    [InlineData("a,b\n0.1,0.30000000000000004\n123456789012345678901234567890,-0\n")]
    [InlineData("a,b,c\n")] // a header and no rows
    [InlineData("a,a,b\n1,2,3\n")] // a repeated name
    [InlineData("température,poids\n1,2\n")] // names beyond ASCII
    [InlineData("\uFEFFa,b\n1,2\n")] // UTF-8 byte-order mark
    public void APlainNumericFile_IsReadByTheFastPath_AsTheStrictReaderReadsIt(string csv)
    {
        var path = folder.Write($"plain-{(uint)csv.GetHashCode()}.csv", csv);

        var fast = Fast(csv);

        Assert.NotNull(fast);
        AssertSameTable(StrictFile(path), fast);
        AssertSameTable(StrictFile(path), CsvTable.Read(path));
    }

    [Fact]
    public void SelectedColumns_AreReadInTheGivenOrder_ByTheFastPath()
    {
        const string csv = "a,b,c\n1,2,3\n4,5,6\n";
        string[] columns = ["c", "a"];

        var fast = Fast(csv, columns);

        Assert.NotNull(fast);
        AssertSameTable(Strict(csv, columns), fast);
        Assert.Equal([3.0, 1.0, 6.0, 4.0], fast.Values.Data);
    }

    [Theory]
    [InlineData("a,b\n1,2\n3,inf\n", "t.csv, line 3, column 'b': 'inf' is not a number")]
    [InlineData("a,b\n1,2\n3,1e39\n", "t.csv, line 3, column 'b': '1e39' is beyond")]
    [InlineData("a,b\n1,2\n3,1 2\n", "t.csv, line 3, column 'b': '1 2' is not a number")]
    [InlineData("a,b\n1,2\n\n3,0x10\n", "t.csv, line 4, column 'b': '0x10' is not a number")]
    [InlineData("a,b\r\n1,2\r\n3,4,5\r\n", "t.csv, line 3: 3 fields, but the header has 2")]
    [InlineData("a,b\n1\n", "t.csv, line 2: 1 fields, but the header has 2")]
    [InlineData("a,b\n1,2\n3,\"4\n", "t.csv, line 4: malformed CSV: a quoted field is not closed")] // the parser stops at the end
    [InlineData("a,b\n1,\"2\"x\n", "t.csv, line 2: malformed CSV: a quoted field is not closed, or has text after its closing quote")]
    [InlineData("", "t.csv: the file is empty")]
    [InlineData("\n\n", "t.csv: the file is empty")]
    public void AFileTheFastPathCannotRead_GetsTheStrictReadersError(string csv, string message)
    {
        var path = folder.Write($"bad-{(uint)csv.GetHashCode()}.csv", csv);

        Assert.Null(Fast(csv));
        var strict = Assert.Throws<InvalidDataException>(() => Strict(csv));
        var read = Assert.Throws<InvalidDataException>(() => CsvTable.Read(path));

        Assert.StartsWith(message, strict.Message, StringComparison.Ordinal);
        Assert.Equal(strict.Message.Replace("t.csv", path, StringComparison.Ordinal), read.Message);
    }

    [Fact]
    public void AnUnknownColumn_GetsTheStrictReadersError()
    {
        const string csv = "a,b\n1,2\n";
        var path = folder.Write("unknown-column.csv", csv);

        Assert.Null(Fast(csv, ["z"]));
        var e = Assert.Throws<InvalidDataException>(() => CsvTable.Read(path, ["z"]));

        Assert.Equal($"{path}: no column named 'z' (the columns are: a, b)", e.Message);
    }

    [Theory]
    [InlineData("a,b\n\"1\",2\n")] // quotes: only the CSV parser knows them
    [InlineData("a\tb,c\n1,2\n")] // a tab, which the strict reader's trimming may treat otherwise
    [InlineData("a,b\r1,2\r")] // lone carriage returns as line ends
    public void AFileBeyondPlainNumbers_IsLeftToTheStrictReader(string csv)
    {
        var path = folder.Write($"beyond-{(uint)csv.GetHashCode()}.csv", csv);

        Assert.Null(Fast(csv));
        AssertSameTable(StrictFile(path), CsvTable.Read(path));
    }

    [Fact]
    public void AUtf16File_IsLeftToTheStrictReader_WhichDecodesIt()
    {
        const string csv = "a,b\n1,2\n";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(csv)).ToArray();

        Assert.Null(PlainNumericCsv.TryRead(bytes, null));
        var path = folder.Write("utf16.csv", bytes);
        AssertSameTable(StrictFile(path), CsvTable.Read(path));
        Assert.Equal(["a", "b"], CsvTable.Read(path).ColumnNames);
    }

    [Fact]
    public void AMissingFile_IsTheStrictReadersCannotOpenError()
    {
        var path = folder.Path("absent.csv");

        var e = Assert.Throws<InvalidDataException>(() => CsvTable.Read(path));

        Assert.StartsWith($"{path}: cannot open the file: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGeneratedTable_ReadsTheSameBothWays()
    {
        var random = new Random(5);
        var lines = new List<string> { "x0,x1,x2,x3" };
        for (int i = 0; i < 500; i++)
            lines.Add(string.Join(',', Enumerable.Range(0, 4).Select(_ =>
                random.Next(10) == 0 ? "" : (random.NextDouble() * 2e6 - 1e6).ToString("R", System.Globalization.CultureInfo.InvariantCulture))));
        var csv = string.Join('\n', lines) + "\n";

        var fast = Fast(csv);

        Assert.NotNull(fast);
        Assert.Equal(500, fast.Rows);
        AssertSameTable(Strict(csv), fast);
    }

    [Fact]
    public void AWideHeaderOverMillionsOfBlankLines_IsReadWithoutRoomForARowPerLine()
    {
        // 1,000 columns over 3,000,000 blank lines: a row per line would be 3e9 values (an array length beyond int,
        // 24 GB); the file itself is 3 MB and holds no row at all.
        var header = string.Join(',', Enumerable.Range(0, 1000).Select(c => $"c{c}"));
        var csv = header + "\n" + new string('\n', 3_000_000);
        var path = folder.Write("wide-blank.csv", csv);

        var fast = Fast(csv);

        Assert.NotNull(fast);
        Assert.Equal(0, fast.Rows);
        Assert.Equal(1000, fast.Columns);
        AssertSameTable(Strict(csv), fast);
        AssertSameTable(Strict(csv), CsvTable.Read(path));
    }

    [Fact]
    public void RowsOfEmptyCells_FillTheirBoundExactly()
    {
        // Each row is as short as a row can be (only its commas), so the bound on rows is met exactly.
        const string csv = "a,b,c\n,,\n,,\n,,";

        var fast = Fast(csv);

        Assert.NotNull(fast);
        Assert.Equal(3, fast.Rows);
        Assert.All(fast.Values.Data, v => Assert.True(double.IsNaN(v)));
        AssertSameTable(Strict(csv), fast);
    }
}
