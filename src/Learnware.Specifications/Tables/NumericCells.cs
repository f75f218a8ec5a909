using System.Globalization;
using System.Numerics;

namespace Learnware.Tables;

/// <summary>
/// The one rule for numbers read from untrusted text (CSV cells and specification values): a plain decimal number,
/// optionally signed and with an exponent, whose value is finite and within float range. Models run in float32, and
/// squared distances of such values stay finite, so every kernel and solver downstream sees finite numbers.
/// </summary>
/// <remarks>
/// Infinities in any spelling (<c>inf</c>, <c>-inf</c>, <c>Infinity</c>), values that overflow (<c>1e309</c>) or
/// leave float range (<c>1e39</c>), hexadecimal, thousands separators, and trailing characters (<c>1\0</c>) are
/// errors, never silently missing. A missing cell is written as one of <see cref="MissingTokens"/>.
/// </remarks>
public static class NumericCells
{
    /// <summary>Largest magnitude a value may have: <see cref="float.MaxValue"/>.</summary>
    public const double MaxMagnitude = float.MaxValue;

    /// <summary>The cells that mean "missing" in a CSV file: empty, <c>nan</c>, <c>NaN</c>, <c>NA</c>, <c>null</c>.</summary>
    public static IReadOnlyList<string> MissingTokens { get; } = ["", "nan", "NaN", "NA", "null"];

    /// <summary>True when a parsed value is allowed: finite and within ±<see cref="MaxMagnitude"/>.</summary>
    public static bool IsAllowed(double value) => Math.Abs(value) <= MaxMagnitude;

    /// <summary>Parses a cell: a number, NaN for a missing token, or an error message saying why it is neither.</summary>
    public static bool TryParse(string cell, out double value, out string? error)
    {
        error = null;
        // Numbers are the common case, so they are tried first; no missing token is a plain decimal.
        if (!IsPlainDecimal(cell.AsSpan()) || !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            value = double.NaN;
            if (MissingTokens.Contains(cell))
                return true;
            error = $"'{Printable(cell)}' is not a number";
            return false;
        }

        if (!IsAllowed(value))
        {
            error = $"'{Printable(cell)}' is beyond ±{MaxMagnitude:G9}, the largest magnitude a model or a specification can hold";
            value = double.NaN;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Parses a cell given as UTF-8 bytes by the same rule, without making a string of it: false for anything that is
    /// neither an allowed number nor a missing token (the caller then reports it through the string overload).
    /// </summary>
    internal static bool TryParseUtf8(ReadOnlySpan<byte> cell, out double value)
    {
        if (IsPlainDecimal(cell) && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            return IsAllowed(value);
        value = double.NaN;
        foreach (var token in MissingTokensUtf8)
            if (cell.SequenceEqual(token))
                return true;
        return false;
    }

    private static readonly byte[][] MissingTokensUtf8 = [.. MissingTokens.Select(System.Text.Encoding.ASCII.GetBytes)];

    // [+-] digits [. digits] [(e|E) [+-] digits], with at least one digit in the mantissa; over UTF-16 or UTF-8 text.
    private static bool IsPlainDecimal<T>(ReadOnlySpan<T> s) where T : unmanaged, IBinaryInteger<T>
    {
        int i = 0;
        if (i < s.Length && At(s, i) is '+' or '-') i++;
        int digits = 0;
        while (i < s.Length && char.IsAsciiDigit(At(s, i))) { i++; digits++; }
        if (i < s.Length && At(s, i) == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(At(s, i))) { i++; digits++; }
        }

        if (digits == 0)
            return false;
        if (i < s.Length && At(s, i) is 'e' or 'E')
        {
            i++;
            if (i < s.Length && At(s, i) is '+' or '-') i++;
            int exponent = 0;
            while (i < s.Length && char.IsAsciiDigit(At(s, i))) { i++; exponent++; }
            if (exponent == 0)
                return false;
        }

        return i == s.Length;
    }

    // A code unit as a char: a UTF-8 byte above 0x7F becomes a char that no test above accepts.
    private static char At<T>(ReadOnlySpan<T> s, int i) where T : unmanaged, IBinaryInteger<T> => (char)ushort.CreateTruncating(s[i]);

    private static string Printable(string cell)
    {
        var shown = cell.Length <= 40 ? cell : cell[..40] + "...";
        return string.Concat(shown.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }
}
