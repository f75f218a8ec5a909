using Spectre.Console;

namespace Learnware.Cli;

/// <summary>Where a command writes, and whether a person is watching (progress is only drawn for a terminal).</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: errors and warnings.</param>
/// <param name="Interactive">True when output goes to a terminal.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool Interactive)
{
    /// <summary>Runs work under a spinner with a status line when interactive; plainly otherwise.</summary>
    public T Status<T>(string message, Func<T> work)
    {
        if (!Interactive)
            return work();
        return Ansi().Status().Start(message, _ => work());
    }

    /// <inheritdoc cref="Status{T}"/>
    public async Task<T> StatusAsync<T>(string message, Func<Task<T>> work)
    {
        if (!Interactive)
            return await work();
        return await Ansi().Status().StartAsync(message, _ => work());
    }

    /// <summary>A Spectre console drawing on standard error, so results on standard output stay clean.</summary>
    public IAnsiConsole Ansi() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Error) });
}
