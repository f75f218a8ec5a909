namespace Learnware.Packaging;

/// <summary><c>learnware.yaml</c> is not a valid manifest; <see cref="Field"/> is the YAML path of the wrong field.</summary>
public sealed class ManifestException : Exception
{
    /// <summary>Creates the exception; the message reads <c>field: reason</c>, followed by the location when known.</summary>
    public ManifestException(string? field, string reason, long? line = null, long? column = null, Exception? innerException = null)
        : base(Format(field, reason, line, column), innerException)
    {
        Field = field;
        Reason = reason;
        Line = line;
        Column = column;
    }

    /// <summary>The YAML path of the field, such as <c>model.output.meaning</c> or <c>stat_specifications[0].file</c>; null when the YAML itself is malformed.</summary>
    public string? Field { get; }

    /// <summary>What is wrong with the field.</summary>
    public string Reason { get; }

    /// <summary>The 1-based line in the YAML text, when known.</summary>
    public long? Line { get; }

    /// <summary>The 1-based column in the YAML text, when known.</summary>
    public long? Column { get; }

    internal ManifestException At(long line, long column) => new(Field, Reason, line, column, InnerException);

    private static string Format(string? field, string reason, long? line, long? column)
    {
        var where = line is null ? "" : $" (line {line}, column {column})";
        return field is null ? $"{reason}{where}" : $"{field}: {reason}{where}";
    }
}
