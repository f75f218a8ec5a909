using Learnware.Models;
using Learnware.Packaging;
using Learnware.Numerics;
using Learnware.Protocol.Modalities;
using Learnware.Protocol.Reporting;

namespace Learnware.Protocol.Tests;

public class ProtocolMetricsTests
{
    [Fact]
    public void Accuracy_IsTheShareOfRightLabels()
    {
        var prediction = new Prediction(ModelKind.Classifier, [0, 1, 2, 2], null, null);
        Assert.Equal(0.75, ProtocolMetric.Accuracy.Score(prediction, [0, 1, 2, 1]));
        Assert.Equal(0.9, ProtocolMetric.Accuracy.Better(0.9, 0.8));
    }

    [Fact]
    public void Rmse_IsTheRootOfTheMeanSquaredError()
    {
        var prediction = new Prediction(ModelKind.Regressor, null, null, new DenseMatrix([1, 2, 3, 4], 4, 1));
        Assert.Equal(Math.Sqrt((0 + 1 + 4 + 9) / 4.0), ProtocolMetric.Rmse.Score(prediction, [1, 1, 1, 1]), 12);
        Assert.Equal(0.8, ProtocolMetric.Rmse.Better(0.9, 0.8));
    }

    [Fact]
    public void GapClosed_OfTheReferenceFigures()
    {
        var r = ReferenceFigures.PfsRmse;
        // PFS: Top-1 0.830 closes (0.897 − 0.830) / (0.897 − 0.756) of the gap.
        Assert.Equal(0.067 / 0.141, ReferenceFigures.GapClosed(r[0], r[1], r[2]), 9);
        Assert.Equal(1, ReferenceFigures.GapClosed(r[0], r[1], r[1]), 12);
    }
}
