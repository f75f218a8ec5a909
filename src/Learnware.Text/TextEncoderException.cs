namespace Learnware.Text;

/// <summary>The sentence encoder cannot be loaded or run.</summary>
public sealed class TextEncoderException : Exception
{
    /// <summary>Creates the exception with a message that says what failed and why.</summary>
    public TextEncoderException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public TextEncoderException(string message, Exception inner) : base(message, inner) { }
}
