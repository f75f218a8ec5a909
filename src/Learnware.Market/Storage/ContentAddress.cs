using System.Security.Cryptography;

namespace Learnware.Market.Storage;

/// <summary>Content addresses: the lowercase SHA-256 hex of a blob's bytes.</summary>
public static class ContentAddress
{
    /// <summary>Characters in an address.</summary>
    public const int Length = 64;

    /// <summary>The address of <paramref name="bytes"/>.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>True when <paramref name="key"/> has the form of an address (64 lowercase hex digits).</summary>
    public static bool IsValid(string? key) =>
        key is { Length: Length } && key.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>Throws unless <paramref name="key"/> has the form of an address.</summary>
    public static void Validate(string key, string parameterName = "key")
    {
        if (!IsValid(key))
        {
            throw new ArgumentException($"'{key}' is not a content address (64 lowercase hex digits)", parameterName);
        }
    }
}
