using Learnware.Checking;
using Learnware.Models;
using Learnware.Packaging;
using Learnware.Tests.Checking;

namespace Learnware.Tests.Security;

/// <summary>
/// A model run has a wall-clock limit and a memory budget; ONNX Runtime's terminate flag really stops a Loop of
/// 10^15 iterations, and the run is refused with the reason. Each run is awaited with a generous guard, so a run
/// that does not stop fails the test instead of hanging the suite.
/// </summary>
public class ModelRunLimitTests(LearnwareFixture fixture) : IClassFixture<LearnwareFixture>
{
    private static ModelException StoppedRun(byte[] onnx, ModelRunLimits limits)
    {
        using var model = OnnxModel.Load(onnx, "hostile.onnx");
        return HangGuard.Run(() => Assert.Throws<ModelException>(() => model.Predict(new float[8], 2, limits: limits)));
    }

    [Fact]
    public void AnEndlessLoop_IsStoppedAtTheWallClockLimit()
    {
        var e = StoppedRun(HostileLoops.Endless(), new ModelRunLimits { WallClock = TimeSpan.FromSeconds(1) });

        Assert.StartsWith("hostile.onnx was stopped on rows 0..1: it ran past its wall-clock limit of 1 s", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoopThatKeepsAllocating_IsStoppedAtTheMemoryBudget()
    {
        var limits = new ModelRunLimits { WallClock = TimeSpan.FromMinutes(5), MemoryBytes = 256L * 1024 * 1024 };

        var e = StoppedRun(HostileLoops.Hungry(scanElements: 1 << 20), limits);

        Assert.Contains("past its budget of 256 MiB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSessionStillRunsAfterAStoppedRun()
    {
        using var model = OnnxModel.Load(HostileLoops.Endless(), "hostile.onnx");
        var limits = new ModelRunLimits { WallClock = TimeSpan.FromMilliseconds(300) };
        HangGuard.Run(() => Assert.Throws<ModelException>(() => model.Predict(new float[4], 1, limits: limits)));

        // A fresh run gets a fresh terminate flag: stopped again by its own limit, not by the old one at once.
        var again = HangGuard.Run(() => Assert.Throws<ModelException>(() => model.Predict(new float[4], 1, limits: limits)));
        Assert.Contains("wall-clock limit", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCheckerRejectsAnEndlessModel_WithTheReason()
    {
        var spec = fixture.Regressor.Manifest.Model;
        var onnx = HostileLoops.Endless(spec.Input.Name, spec.Output.Name);
        var package = LearnwareFixture.WithFile(fixture.Regressor, TestPackages.ModelFile, onnx);
        var options = new CheckOptions { Limits = new PackageLimits { ModelRun = new ModelRunLimits { WallClock = TimeSpan.FromSeconds(1) } } };

        var report = HangGuard.Run(() => new LearnwareChecker(options).Check(package));

        Assert.False(report.Passed);
        var runs = Assert.Single(report.Results, r => r.Name == "runs");
        Assert.Equal(CheckStatus.Failed, runs.Status);
        Assert.Contains("wall-clock limit of 1 s", runs.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ABoundedModel_RunsWithinTheDefaultLimits()
    {
        var report = new LearnwareChecker().Check(fixture.Regressor);

        Assert.True(report.Passed, string.Join("\n", report.Failures));
        Assert.Contains("within 60 s and 2048 MiB", Assert.Single(report.Results, r => r.Name == "runs").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidLimits_AreRefused()
    {
        using var model = OnnxModel.Load(HostileLoops.Endless(), "hostile.onnx");

        Assert.Throws<ArgumentOutOfRangeException>(() => model.Predict(new float[4], 1, limits: new ModelRunLimits { WallClock = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Predict(new float[4], 1, limits: new ModelRunLimits { MemoryBytes = 0 }));
    }
}
