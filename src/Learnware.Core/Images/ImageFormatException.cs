namespace Learnware.Images;

/// <summary>Images could not be read: the message names the file and why.</summary>
public sealed class ImageFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="source"/>.</summary>
    public ImageFormatException(string source, string reason, Exception? inner = null) : base($"{source}: {reason}", inner) { }
}
