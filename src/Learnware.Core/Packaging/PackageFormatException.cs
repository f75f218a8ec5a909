using System.Text;

namespace Learnware.Packaging;

/// <summary>A learnware package was refused; <see cref="Code"/> says why and <see cref="EntryName"/> which entry.</summary>
public sealed class PackageFormatException : Exception
{
    /// <summary>Creates the exception; the message reads <c>entry 'name': reason</c>, or <c>package: reason</c> without an entry.</summary>
    public PackageFormatException(PackageError code, string? entryName, string reason, Exception? innerException = null)
        : base(Format(entryName, reason), innerException)
    {
        Code = code;
        EntryName = entryName;
        Reason = reason;
    }

    /// <summary>The kind of problem.</summary>
    public PackageError Code { get; }

    /// <summary>The entry name as stored in the archive (or as named by the manifest), or null when the problem is the whole package.</summary>
    public string? EntryName { get; }

    /// <summary>What is wrong, without the entry name.</summary>
    public string Reason { get; }

    private static string Format(string? entryName, string reason) =>
        entryName is null ? $"package: {reason}" : $"entry '{Printable(entryName)}': {reason}";

    // Entry names come from untrusted archives; control characters must not reach logs and terminals raw.
    private static string Printable(string name)
    {
        if (!name.Any(char.IsControl))
        {
            return name;
        }

        var text = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            text.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c);
        }

        return text.ToString();
    }
}
