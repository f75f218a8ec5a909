using System.Security.Cryptography;

namespace Learnware.Market.Storage;

/// <summary>Learnware ids: 12 lowercase base32 characters (60 random bits), short and safe in URLs and file names.</summary>
public static class LearnwareIds
{
    /// <summary>Characters in an id.</summary>
    public const int Length = 12;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>A new random id.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>True when <paramref name="id"/> has the form of an id.</summary>
    public static bool IsValid(string? id) => id is { Length: Length } && id.All(c => Alphabet.Contains(c));
}
