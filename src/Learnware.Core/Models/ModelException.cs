namespace Learnware.Models;

/// <summary>A model could not be loaded or run; the message names the model, the input or output, and the reason.</summary>
public sealed class ModelException : Exception
{
    public ModelException(string message)
        : base(message)
    {
    }

    public ModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
