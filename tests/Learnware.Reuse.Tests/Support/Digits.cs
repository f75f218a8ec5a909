using Learnware.Protocol.Data;

namespace Learnware.Reuse.Tests.Support;

/// <summary>The handwritten digits that scripts/install-datasets.sh installs; skipped outside CI when missing, failed under CI.</summary>
internal static class Digits
{
    public static LabelledTable? LoadOrSkip()
    {
        var datasets = PublicDatasets.Installed(Environment.GetEnvironmentVariable("LEARNWARE_DATASETS"));
        if (File.Exists(datasets.DigitsFile))
            return datasets.Digits();
        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{datasets.DigitsFile} is missing; run scripts/install-datasets.sh");
        return null;
    }
}
