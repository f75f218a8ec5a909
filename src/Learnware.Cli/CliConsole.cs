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
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Error) });
        return console.Status().Start(message, _ => work());
    }
}
