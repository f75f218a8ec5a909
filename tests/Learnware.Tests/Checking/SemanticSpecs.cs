using Learnware.Specifications.Semantic;
using Learnware.Tests.Specifications;

namespace Learnware.Tests.Checking;

/// <summary>Valid semantic specifications for table learnwares of any task and size, made from the validator's sample.</summary>
internal static class SemanticSpecs
{
    /// <summary>A valid specification of <paramref name="task"/> with these input and output dimensions, as JSON.</summary>
    public static string Json(string task, int inputs, int outputs) =>
        SemanticJson.Serialize(Spec(task, inputs, outputs));

    /// <summary>The same, as a record.</summary>
    public static SemanticSpecification Spec(string task, int inputs, int outputs) =>
        SemanticJson.Parse(SemanticValidatorTests.ValidJson) with
        {
            Task = [task],
            Input = new FeatureDescriptions(inputs, new Dictionary<int, string> { [0] = "first feature" }),
            Output = new FeatureDescriptions(outputs, new Dictionary<int, string>()),
        };
}
