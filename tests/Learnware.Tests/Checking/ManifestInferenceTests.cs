using Learnware.Models;
using Learnware.Packaging;

namespace Learnware.Tests.Checking;

public class ManifestInferenceTests
{
    private const int Features = LearnwareFixture.Features, Classes = LearnwareFixture.Classes;

    private static LearnwareManifest Infer(byte[] onnx, string task, int outputs, ManifestOverrides? overrides = null)
    {
        using var model = OnnxModel.Load(onnx);
        return ManifestInference.Infer(model, SemanticSpecs.Spec(task, Features, outputs), "model.onnx", "stat.json", "semantic.json", "README.md", overrides);
    }

    private static ManifestException Refused(byte[] onnx, string task, int outputs, ManifestOverrides? overrides = null) =>
        Assert.Throws<ManifestException>(() => Infer(onnx, task, outputs, overrides));

    [Fact]
    public void Infer_ReadsScoreOutputAsProbabilities_ForAnMlNetClassifier()
    {
        var manifest = Infer(LearnwareFixture.ClassifierOnnx, "Classification", Classes);

        var model = manifest.Model;
        Assert.Equal((ModelKind.Classifier, "model.onnx"), (model.Kind, model.File));
        Assert.Equal(new ModelInputSpec("Features", [Features]), model.Input);
        Assert.Equal(new ModelOutputSpec("Score.output", [Classes], OutputMeaning.Probabilities), model.Output);
        Assert.Equal([new StatSpecificationRef("stat.json", "RKMETableSpecification")], manifest.StatSpecifications);
        Assert.Equal(("semantic.json", "README.md"), (manifest.SemanticSpecification, manifest.Readme));
    }

    [Fact]
    public void Infer_PassesOverTheFeaturesEcho_EvenWhenItsWidthFitsTheClassCount()
    {
        // Features.output is float [-1, 4]: as wide as 4 classes, but it only repeats the input; the labels are the fallback.
        var model = Infer(LearnwareFixture.ClassifierOnnx, "Classification", Features).Model;

        Assert.Equal(new ModelOutputSpec("PredictedLabel.output", [1], OutputMeaning.Labels), model.Output);
    }

    [Fact]
    public void Infer_FindsNoRegressionOutput_WhenOnlyTheFeaturesEchoHasTheWidth()
    {
        var error = Refused(LearnwareFixture.RegressorOnnx, "Regression", Features);

        Assert.Equal("model.output.name", error.Field);
        Assert.Equal("model.output.name: no output of the model fits a regressor with Output.Dimension 4 " +
            "(its outputs: Features.output: float[-1, 4]; Score.output: float[-1, 1]); name one with --output", error.Message);
    }

    [Fact]
    public void Infer_ReadsScoreOutputAsValues_ForAnMlNetRegressor()
    {
        var model = Infer(LearnwareFixture.RegressorOnnx, "Regression", 1).Model;

        Assert.Equal(ModelKind.Regressor, model.Kind);
        Assert.Equal(new ModelInputSpec("Features", [Features]), model.Input);
        Assert.Equal(new ModelOutputSpec("Score.output", [1], OutputMeaning.Values), model.Output);
    }

    [Theory]
    [InlineData(OutputMeaning.Labels)]
    [InlineData(null)]
    public void Infer_ReadsANamedIntegerOutputAsLabels(OutputMeaning? meaning)
    {
        var overrides = new ManifestOverrides { OutputName = "PredictedLabel.output", Meaning = meaning };

        var model = Infer(LearnwareFixture.ClassifierOnnx, "Classification", Classes, overrides).Model;

        Assert.Equal(new ModelOutputSpec("PredictedLabel.output", [1], OutputMeaning.Labels), model.Output);
    }

    [Fact]
    public void Infer_KeepsTheClassesOverride_ForProbabilities()
    {
        var model = Infer(LearnwareFixture.ClassifierOnnx, "Classification", Classes, new ManifestOverrides { Classes = [2, 0, 1] }).Model;

        Assert.Equal([2, 0, 1], model.Output.Classes!);
        Assert.Equal([2, 0, 1], model.Output.EffectiveClasses);
    }

    [Fact]
    public void Infer_RefusesClasses_ForAnOutputReadAsLabels()
    {
        var overrides = new ManifestOverrides { OutputName = "PredictedLabel.output", Classes = [1, 0, 2] };

        var error = Refused(LearnwareFixture.ClassifierOnnx, "Classification", Classes, overrides);

        Assert.Equal("model.output.classes", error.Field);
        Assert.Contains("is read as labels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Infer_NamesTheModelsOutputs_WhenTheNamedOutputIsUnknown()
    {
        var error = Refused(LearnwareFixture.ClassifierOnnx, "Classification", Classes, new ManifestOverrides { OutputName = "Probability" });

        Assert.Equal("model.output.name", error.Field);
        Assert.Equal("model.output.name: the model has no output 'Probability' (its outputs: Features.output, PredictedLabel.output, Score.output)",
            error.Message);
    }

    [Fact]
    public void Infer_NamesTheModelsInputs_WhenTheNamedInputIsUnknown()
    {
        var error = Refused(LearnwareFixture.ClassifierOnnx, "Classification", Classes, new ManifestOverrides { InputName = "x" });

        Assert.Equal("model.input.name: the model has no input 'x' (its inputs: Features)", error.Message);
    }

    [Fact]
    public void Infer_RefusesTheSegmentationTask()
    {
        var error = Refused(LearnwareFixture.ClassifierOnnx, "Segmentation", Classes);

        Assert.Equal("model.kind", error.Field);
        Assert.StartsWith("model.kind: cannot pack a model for the task 'Segmentation'", error.Message, StringComparison.Ordinal);
    }
}
