using Google.Protobuf;
using Learnware.MLNet;
using Learnware.Protocol.Images;
using Microsoft.ML;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Onnx;

namespace Learnware.Protocol.Tests;

public class ImageInputOnnxTests
{
    private const int Channels = 1, Height = 2, Width = 3, Size = Channels * Height * Width;

    [Fact]
    public void BehindReshape_TakesImages_AndGivesTheProbabilitiesMlNetGivesForTheFlatRows()
    {
        var (x, labels) = Images(90, new Random(4));
        var model = MlNetTraining.FitClassifier(x, labels, ml => ml.Transforms.NormalizeMinMax("Features")
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy()), seed: 1);

        var onnx = ImageInputOnnx.BehindReshape(model.ToOnnx(), Channels, Height, Width);

        using var session = new InferenceSession(onnx);
        var input = Assert.Single(session.InputMetadata);
        Assert.Equal("image", input.Key);
        Assert.Equal([-1, Channels, Height, Width], input.Value.Dimensions);
        var (test, _) = Images(12, new Random(9));
        var tensor = new DenseTensor<float>(test.SelectMany(row => row).ToArray(), [test.Length, Channels, Height, Width]);
        using var outputs = session.Run([NamedOnnxValue.CreateFromTensor("image", tensor)]);
        var scores = outputs.Single(o => o.Name == "Score.output").AsTensor<float>();
        var expected = model.PredictScores(test);
        for (int r = 0; r < test.Length; r++)
            for (int c = 0; c < 3; c++)
                Assert.Equal(expected[r][c], scores[r, c], 4);
    }

    [Fact]
    public void BehindReshape_OfAModelTakingRowsOfAnotherSize_IsRefusedNamingBoth()
    {
        var (x, labels) = Images(30, new Random(2));
        var model = MlNetTraining.FitClassifier(x, labels, ml => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(), seed: 1);

        var error = Assert.Throws<InvalidDataException>(() => ImageInputOnnx.BehindReshape(model.ToOnnx(), 1, 4, 4));

        Assert.Contains("not [N, 16]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BehindReshape_OfAGraphTakingDoubles_IsRefusedNamingTheType()
    {
        var input = new ValueInfoProto
        {
            Name = "features",
            Type = new TypeProto
            {
                TensorType = new TypeProto.Types.Tensor
                {
                    ElemType = (int)TensorProto.Types.DataType.Double,
                    Shape = new TensorShapeProto
                    {
                        Dim = { new TensorShapeProto.Types.Dimension { DimParam = "N" }, new TensorShapeProto.Types.Dimension { DimValue = Size } },
                    },
                },
            },
        };
        var model = new ModelProto { IrVersion = 8, Graph = new GraphProto { Name = "g", Input = { input } } };
        model.Graph.Node.Add(new NodeProto { OpType = "Identity", Input = { "features" }, Output = { "out" } });

        var error = Assert.Throws<InvalidDataException>(() => ImageInputOnnx.BehindReshape(model.ToByteArray(), Channels, Height, Width));

        Assert.Contains("'features' takes Double, not float", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Tiny images of three classes: class k is bright in pixel k and k + 3, with noise, on a 0..255 scale.</summary>
    private static (float[][] X, int[] Labels) Images(int count, Random random)
    {
        var x = new float[count][];
        var labels = new int[count];
        for (int i = 0; i < count; i++)
        {
            labels[i] = i % 3;
            x[i] = [.. Enumerable.Range(0, Size).Select(p => (float)((p % 3 == labels[i] ? 180 : 40) + 30 * random.NextDouble()))];
        }
        return (x, labels);
    }
}
