using System.Text;

namespace Learnware.Packaging;

/// <summary>Strict UTF-8 decoding for the text files of a package.</summary>
internal static class PackageText
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> as UTF-8, skipping a byte order mark; false when they are not valid UTF-8.</summary>
    public static bool TryDecode(byte[] bytes, out string text)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            text = _strictUtf8.GetString(span);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
