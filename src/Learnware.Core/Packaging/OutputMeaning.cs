namespace Learnware.Packaging;

/// <summary>How to read a model's output; written in the manifest as <c>probabilities</c>, <c>scores</c>, <c>labels</c> or <c>values</c>.</summary>
public enum OutputMeaning
{
    /// <summary>Class probabilities, one column per class.</summary>
    Probabilities,

    /// <summary>Raw class scores, one column per class; softmax turns them into probabilities.</summary>
    Scores,

    /// <summary>Predicted class labels.</summary>
    Labels,

    /// <summary>Real values (regression targets or features).</summary>
    Values,
}
