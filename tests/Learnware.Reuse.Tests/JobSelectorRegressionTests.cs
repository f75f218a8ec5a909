using Learnware.Models;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Reuse.Tests.Support;
using Learnware.Specifications;

namespace Learnware.Reuse.Tests;

public class JobSelectorRegressionTests
{
    [Fact]
    public void Regressors_AnswerTheRowsRoutedToThem_InTheRowsOrder()
    {
        var random = new Random(3);
        var near = Data.Gaussian(400, 3, 0, 1, random);
        var far = Data.Gaussian(400, 3, 4, 1, random);
        // Each regressor answers a constant of its own, so the output shows which one predicted each row.
        var learnwares = new[] { Constant("near", 10, near), Constant("far", 20, far) };
        var user = Data.Stack(Data.Gaussian(150, 3, 0, 1, random), Data.Gaussian(250, 3, 4, 1, random));

        var prediction = new JobSelectorReuser(learnwares, new JobSelectorOptions { HerdingCount = 400 }).Predict(user);

        Assert.Equal(ModelKind.Regressor, prediction.Kind);
        Assert.Equal(1, prediction.Values!.Columns);
        var expected = Enumerable.Range(0, 400).Select(r => r < 150 ? 10.0 : 20.0);
        Assert.True(prediction.Values.Data.Zip(expected).Count(p => p.First == p.Second) >= 0.97 * 400);
    }

    private static ReusableLearnware Constant(string id, double value, DenseMatrix data) =>
        new(id, new FakeModel(x => new Prediction(ModelKind.Regressor, null, null,
                new DenseMatrix([.. Enumerable.Repeat(value, x.Rows)], x.Rows, 1))),
            RkmeTableSpecification.FromData(data, new RkmeOptions { ReducedSetSize = 30 }), ModelKind.Regressor, 0);
}
