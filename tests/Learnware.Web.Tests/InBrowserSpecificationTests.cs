using System.Diagnostics;
using System.Globalization;
using Learnware.Specifications;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Learnware.Web.Tests;

/// <summary>
/// A CSV file given to the /spec page is made into a specification by the library running in the browser (Blazor
/// WebAssembly), and that specification is the one <c>learnware spec table</c> makes of the same file with the same
/// settings and seed.
/// </summary>
[Collection(DockCollection.Name)]
public sealed class InBrowserSpecificationTests(DockFixture fixture, ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan PageTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan SpecTimeout = TimeSpan.FromMinutes(5);

    private readonly TestFolder _folder = new();

    private IWebDriver Page => fixture.Browser.Driver;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void CsvMadeIntoASpecInTheBrowser_IsTheCliSpec()
    {
        // 3,000 rows: the kernel passes split them into chunks, which the browser, with one thread, runs in turn.
        var csv = CopyFixture("mixture.csv");
        const int Seed = 7, K = 60;
        const double Gamma = 0.2;

        OpenSpecPage();
        SetField("csv-spec-k", K.ToString(CultureInfo.InvariantCulture));
        SetField("csv-spec-gamma", Gamma.ToString("R", CultureInfo.InvariantCulture));
        SetField("csv-spec-seed", Seed.ToString(CultureInfo.InvariantCulture));
        var watch = Stopwatch.StartNew();
        Page.FindElement(By.Id("csv-spec-file")).SendKeys(csv);
        var state = WaitForOutcome();
        output.WriteLine($"browser: {Page.FindElement(By.Id("csv-spec-status")).Text} (page wait {watch.Elapsed.TotalSeconds:F1} s)");
        Assert.True(state == "done", $"the page reported {state}: {ErrorText()}\n{fixture.Dock.Log}");
        string browserJson = Page.FindElement(By.Id("spec-json")).GetDomProperty("value") ?? "";

        var cliOut = _folder.Path("mixture.cli.json");
        LearnwareProcess.Succeeds(TimeSpan.FromMinutes(3), "spec", "table", "--data", csv, "--out", cliOut,
            "--k", K.ToString(CultureInfo.InvariantCulture), "--gamma", Gamma.ToString("R", CultureInfo.InvariantCulture),
            "--seed", Seed.ToString(CultureInfo.InvariantCulture));
        string cliJson = File.ReadAllText(cliOut);

        var browser = RkmeJson.Parse(browserJson);
        var cli = RkmeJson.Parse(cliJson);
        var comparison = SpecComparison.Of(browser, cli);
        output.WriteLine($"byte-identical: {browserJson == cliJson}; {comparison}");

        Assert.Equal((cli.Count, cli.Dimension, cli.NumPoints, cli.Gamma), (browser.Count, browser.Dimension, browser.NumPoints, browser.Gamma));
        Assert.True(comparison.MaxPointDifference <= SpecComparison.ValueTolerance, comparison.ToString());
        Assert.True(comparison.MaxWeightDifference <= SpecComparison.ValueTolerance, comparison.ToString());
        Assert.True(Math.Abs(comparison.Mmd2) <= SpecComparison.Mmd2Tolerance, comparison.ToString());
    }

    [Fact]
    public void BadCell_IsReportedWithItsLineAndColumn_AndNoSpecIsMade()
    {
        var csv = _folder.Write("bad.csv", "a,b\n1,2\n3,oops\n");

        OpenSpecPage();
        Page.FindElement(By.Id("csv-spec-file")).SendKeys(csv);

        Assert.Equal("failed", WaitForOutcome());
        Assert.Equal("bad.csv, line 3, column 'b': 'oops' is not a number", ErrorText());
        Assert.Empty(Page.FindElements(By.Id("spec-json")));
    }

    private string CopyFixture(string name) =>
        _folder.Write(name, File.ReadAllBytes(Path.Combine(RepositoryPaths.ReferenceRkme, name)));

    // The page is prerendered with its controls disabled; they are enabled once the WebAssembly runtime has started.
    private void OpenSpecPage()
    {
        Page.Navigate().GoToUrl(new Uri(fixture.Dock.Address, "spec"));
        WaitUntil(() => Page.FindElement(By.Id("csv-spec-file")).Enabled, PageTimeout, "the page to become interactive");
    }

    private void SetField(string id, string value)
    {
        var field = Page.FindElement(By.Id(id));
        field.Clear();
        field.SendKeys(value + Keys.Tab);
        WaitUntil(() => Page.FindElement(By.Id(id)).GetDomProperty("value") == value, PageTimeout, $"{id} to hold {value}");
    }

    private string WaitForOutcome()
    {
        string? state = null;
        WaitUntil(() => (state = Page.FindElements(By.Id("csv-spec-status")).FirstOrDefault()?.GetDomAttribute("data-state")) is "done" or "failed",
            SpecTimeout, "the specification to be made");
        return state!;
    }

    private string ErrorText() => Page.FindElements(By.Id("csv-spec-error")).FirstOrDefault()?.Text ?? "(no error shown)";

    private void WaitUntil(Func<bool> condition, TimeSpan timeout, string what)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            try
            {
                if (condition())
                    return;
            }
            catch (Exception e) when (e is NoSuchElementException or StaleElementReferenceException)
            {
                // The element is being rendered again.
            }
            Thread.Sleep(100);
        }
        throw new TimeoutException($"waited {timeout} for {what}; the page says: {ErrorText()}\n{fixture.Dock.Log}");
    }
}
