using Learnware.Client;
using Spectre.Console;

namespace Learnware.Cli.Remote;

/// <summary>A progress bar for an upload or a download, drawn on standard error for a terminal only.</summary>
internal static class TransferBar
{
    /// <summary>Runs the transfer under a bar when <see cref="CliConsole.Interactive"/>; with no progress at all otherwise.</summary>
    public static async Task<T> RunAsync<T>(CliConsole console, string description, Func<IProgress<TransferProgress>?, Task<T>> transfer)
    {
        if (!console.Interactive)
            return await transfer(null);
        return await console.Ansi().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn())
            .StartAsync(async context => await transfer(new BarProgress(context.AddTask(Markup.Escape(description)))));
    }

    private sealed class BarProgress(ProgressTask task) : IProgress<TransferProgress>
    {
        public void Report(TransferProgress value)
        {
            if (value.Total is { } total && total > 0)
                task.MaxValue = total;
            task.Value = value.Transferred;
        }
    }
}
