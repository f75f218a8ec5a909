using System.Text.Json;
using Learnware.Cli;
using Xunit;

namespace Learnware.TestSupport;

/// <summary>One in-process run of the <c>learnware</c> command: its exit code and what it wrote.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(args, new CliConsole(output, error, Interactive: false));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs the command with <paramref name="configFolder"/> as its configuration folder (instead of
    /// <c>~/.learnware-dock</c>) and <paramref name="variables"/> as its whole environment, for the remote commands.
    /// </summary>
    public static CliRun Of(string configFolder, IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new Learnware.Cli.Remote.CliEnvironment(configFolder, name => variables.GetValueOrDefault(name));
        int code = CliApp.Run(args, new CliConsole(output, error, Interactive: false), environment);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the command and asserts that it exited 0 and wrote nothing to standard error.</summary>
    public static CliRun Succeeds(params string[] args)
    {
        var run = Of(args);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        return run;
    }

    /// <summary>Standard output parsed as the JSON document that <c>--json</c> prints.</summary>
    public JsonElement Json() => JsonDocument.Parse(Out).RootElement;

    /// <summary>The run, for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- out\n{Out}--- error\n{Error}";
}
