using Learnware.Models;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Reuse.Tests.Support;
using Learnware.Specifications;

namespace Learnware.Reuse.Tests;

public class TextLearnwaresTests
{
    private static ReusableLearnware Learnware(string id, IStatSpecification? specification) =>
        new(id, new FakeModel(x => new Prediction(ModelKind.Regressor, null, null, new DenseMatrix(new double[x.Rows], x.Rows, 1))),
            specification, ModelKind.Regressor, 0);

    private static RkmeTableSpecification Table() => new([0.5, -0.5], 2, [1.0], 0.1, 1);

    private static RkmeTextSpecification Text(string encoder) => new(Table(), encoder, ["en"]);

    [Fact]
    public void TextLearnwaresOfOneEncoder_NameIt()
    {
        Assert.Equal("mini", TextLearnwares.Encoder([Learnware("a", Text("mini")), Learnware("b", Text("mini"))]));
    }

    [Fact]
    public void LearnwaresWithoutTextSpecifications_HaveNoEncoder()
    {
        Assert.Null(TextLearnwares.Encoder([Learnware("a", Table()), Learnware("b", null)]));
    }

    [Theory]
    [InlineData("other")] // a text learnware of another encoder
    [InlineData(null)] // a table learnware
    public void TextLearnwares_AreNotReusedWithOthers(string? secondEncoder)
    {
        var second = Learnware("b", secondEncoder is null ? Table() : Text(secondEncoder));

        var error = Assert.Throws<ArgumentException>(() => TextLearnwares.Encoder([Learnware("a", Text("mini")), second]));

        Assert.StartsWith("text learnwares can only be reused together with text learnwares of the same sentence encoder", error.Message, StringComparison.Ordinal);
    }
}
