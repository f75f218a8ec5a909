using Learnware.Numerics;
using Learnware.Specifications;

namespace Learnware.Tests.Specifications;

public class StatSpecificationJsonTests
{
    private const string Table = """{"z":[[1.5,2.0],[3.0,-4.25]],"beta":[0.25,0.75],"gamma":0.1,"num_points":7,"type":"RKMETableSpecification"}""";

    [Fact]
    public void Parse_ReadsATableByItsTypeAndWritesItBackUnchanged()
    {
        var spec = StatSpecificationJson.Parse(Table);

        var table = Assert.IsType<RkmeTableSpecification>(spec);
        Assert.Equal("Table", spec.DataType);
        Assert.Equal([2], spec.PointShape);
        Assert.Equal(2, table.Count);
        Assert.Equal(Table, spec.ToJson());
    }

    [Fact]
    public void Parse_ReadsAFileWithoutTypeAsATable()
    {
        var spec = StatSpecificationJson.Parse("""{"z":[[1,2]],"beta":[1],"gamma":0.5}""");
        Assert.IsType<RkmeTableSpecification>(spec);
    }

    [Theory]
    [InlineData("""{"type":"HeteroMapTableSpecification","z":[[1]]}""", "\"HeteroMapTableSpecification\", which is not a known specification kind")]
    [InlineData("""{"type":3}""", "\"type\" must be a string")]
    [InlineData("""[1,2]""", "must be a JSON object")]
    [InlineData("""{"z":[[1,2]],""", "not valid JSON")]
    public void Parse_RejectsUnknownKindsAndBadJsonWithTheReason(string json, string expected)
    {
        var error = Assert.Throws<SpecificationException>(() => StatSpecificationJson.Parse(json));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void InterfaceDistance_EqualsTheTableDistance()
    {
        var p = new RkmeTableSpecification([0, 0, 1, 1], 2, [0.5, 0.5], 0.1, 2);
        var q = new RkmeTableSpecification([2, 0], 2, [1.0], 0.1, 1);
        IStatSpecification a = p, b = q;

        Assert.Equal(p.SquaredDistance(q), a.SquaredDistance(b), 12);
        Assert.True(a.SharesIslandWith(b));
        Assert.True(a.SharesKernelWith(b));
        Assert.False(a.SharesIslandWith(new RkmeTableSpecification([1, 2, 3], 3, [1.0], 0.1, 1)));
    }

    [Fact]
    public void TableEmpirical_GivesEveryRowTheSameWeightInTheSameKernel()
    {
        IStatSpecification spec = new RkmeTableSpecification([0, 0], 2, [1.0], 0.3, 1);
        var rows = new DenseMatrix([1, 2, 3, 4, 5, 6, 7, 8], 4, 2);

        var empirical = Assert.IsType<RkmeTableSpecification>(spec.Empirical(rows));

        Assert.Equal(0.3, empirical.Gamma);
        Assert.All(empirical.Weights.ToArray(), w => Assert.Equal(0.25, w));
        Assert.Equal(rows.Data, empirical.Points.ToArray());
    }
}
