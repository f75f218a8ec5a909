namespace Learnware.Packaging;

/// <summary>
/// The rules for names inside a package, shared by the reader, the writer and the manifest:
/// relative, forward slashes only, no <c>..</c>, no empty segments; <c>.</c> segments are dropped.
/// </summary>
internal static class PackagePath
{
    /// <summary>True when the raw entry name denotes a directory (it ends with a slash).</summary>
    public static bool IsDirectory(string rawName) => rawName.EndsWith('/');

    /// <summary>Returns the normalised form of <paramref name="rawName"/> or throws the specific <see cref="PackageFormatException"/>.</summary>
    public static string Normalize(string rawName)
    {
        if (rawName.Length == 0)
        {
            throw Fail(PackageError.InvalidEntryName, rawName, "empty name");
        }

        if (rawName.Any(char.IsControl))
        {
            throw Fail(PackageError.InvalidEntryName, rawName, "name contains a control character");
        }

        if (rawName[0] is '/' or '\\')
        {
            throw Fail(PackageError.AbsolutePath, rawName, "absolute path");
        }

        if (rawName.Length >= 2 && char.IsAsciiLetter(rawName[0]) && rawName[1] == ':')
        {
            throw Fail(PackageError.AbsolutePath, rawName, "absolute path with a drive letter");
        }

        if (rawName.Contains('\\'))
        {
            throw Fail(PackageError.BackslashPath, rawName, "backslash in path (use '/' as the separator)");
        }

        // A colon elsewhere would name an alternate data stream or a drive-relative path on Windows.
        if (rawName.Contains(':'))
        {
            throw Fail(PackageError.InvalidEntryName, rawName, "name contains a colon");
        }

        var segments = rawName.Split('/');
        if (IsDirectory(rawName))
        {
            segments = segments[..^1];
        }

        if (segments.Contains(".."))
        {
            throw Fail(PackageError.PathTraversal, rawName, "path escapes the package root (zip slip)");
        }

        if (segments.Contains(""))
        {
            throw Fail(PackageError.InvalidEntryName, rawName, "empty path segment");
        }

        var kept = segments.Where(s => s != ".").ToArray();
        if (!IsDirectory(rawName) && (kept.Length == 0 || segments[^1] == "."))
        {
            throw Fail(PackageError.InvalidEntryName, rawName, "file name is missing");
        }

        return string.Join('/', kept);
    }

    private static PackageFormatException Fail(PackageError code, string rawName, string reason) => new(code, rawName, reason);
}
