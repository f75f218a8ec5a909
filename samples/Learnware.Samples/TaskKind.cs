namespace Learnware.Samples;

/// <summary>What a sample model predicts.</summary>
internal enum TaskKind
{
    /// <summary>A risk grade, one of the domain's classes.</summary>
    Classification,

    /// <summary>A number.</summary>
    Regression,
}
