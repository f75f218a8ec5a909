namespace Learnware.Specifications;

/// <summary>A specification file could not be read: the message says which key is wrong and why.</summary>
public sealed class SpecificationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SpecificationException(string message, Exception? inner = null) : base(message, inner) { }
}
