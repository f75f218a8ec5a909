using Learnware.Client;

namespace Learnware.Server.Tests.Client;

/// <summary>Records each progress report on the reporting thread (<see cref="Progress{T}"/> would post them later).</summary>
internal sealed class ProgressRecorder(List<TransferProgress> reports) : IProgress<TransferProgress>
{
    public void Report(TransferProgress value) => reports.Add(value);
}
