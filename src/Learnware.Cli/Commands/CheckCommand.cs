using System.CommandLine;
using Learnware.Checking;

namespace Learnware.Cli.Commands;

/// <summary><c>learnware check</c>: the checks the dock runs, locally.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var package = new Argument<FileInfo>("LW.zip") { Description = "the learnware package" };
        var json = new Option<bool>("--json") { Description = "print the report as JSON" };
        var command = new Command("check", "Run the dock's checks on a package: exit 0 if all pass, 1 if any fails.") { package, json };
        command.SetAction(parse => CliApp.Guard(console, () =>
        {
            var path = parse.GetRequiredValue(package).FullName;
            if (!File.Exists(path))
                throw new UsageException($"{path}: no such file");
            var report = console.Status("Checking", () => new LearnwareChecker().Check(path));
            if (parse.GetValue(json))
                CliJson.Write(console.Out, new
                {
                    passed = report.Passed,
                    checks = report.Results.Select(r => new { name = r.Name, status = r.Status.ToString().ToLowerInvariant(), detail = r.Detail }),
                });
            else
            {
                int width = report.Results.Max(r => r.Name.Length);
                foreach (var r in report.Results)
                    console.Out.WriteLine($"{Mark(r.Status)}  {r.Name.PadRight(width)}  {r.Detail}");
                console.Out.WriteLine(report.Passed ? "all checks passed" : $"{report.Results.Count(r => r.Status == CheckStatus.Failed)} check(s) failed");
            }
            return report.Passed ? CliExitCode.Ok : CliExitCode.CheckFailed;
        }));
        return command;
    }

    private static string Mark(CheckStatus status) => status switch
    {
        CheckStatus.Passed => "pass",
        CheckStatus.Failed => "FAIL",
        _ => "skip",
    };
}
