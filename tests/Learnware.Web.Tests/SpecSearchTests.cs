using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Learnware.Numerics;
using Learnware.Packaging;
using Learnware.Specifications;
using OpenQA.Selenium;

namespace Learnware.Web.Tests;

/// <summary>
/// Search by the statistical specification of a user's data, uploaded on the search page: the user's rows are drawn
/// from two seeded learnwares' embeddings (most from the first), so the dock's mixture must include the first.
/// </summary>
[Collection(DockCollection.Name)]
public sealed class SpecSearchTests(DockFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("learnware-web-spec-").FullName;

    private Browser Browser => fixture.Browser;
    private IWebDriver Driver => fixture.Browser.Driver;

    [Fact]
    public async Task Uploading_a_specification_shows_the_mixture_with_the_apis_weights_and_the_chart()
    {
        var (ids, rows) = await UserRowsAsync();
        var user = RkmeTableSpecification.FromData(rows);
        var specPath = Path.Combine(_folder, "my-spec.json");
        await File.WriteAllTextAsync(specPath, user.ToJson());

        fixture.Open("/search");
        Driver.FindElement(By.Id("search-spec")).SendKeys(specPath);
        Driver.FindElement(By.Id("search-submit")).Click();
        Browser.WaitFor(d => d.FindElement(By.Id("mixture")), "the mixture");
        Assert.Matches("spec=[0-9a-f]{32}", Driver.Url);

        var parts = Driver.FindElements(By.CssSelector("tr.mixture-part"))
            .Select(r => (Id: r.GetAttribute("data-id")!, Weight: double.Parse(r.FindElement(By.CssSelector(".weight")).Text, CultureInfo.InvariantCulture)))
            .ToArray();
        var api = await SearchAsync(new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(specPath)), "spec", "my-spec.json" } });
        var mixture = api.GetProperty("mixture");
        var expectedIds = mixture.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).ToArray();
        var expectedWeights = mixture.GetProperty("weights").EnumerateArray().Select(w => w.GetDouble()).ToArray();
        Assert.Equal(expectedIds, parts.Select(p => p.Id));
        for (var i = 0; i < parts.Length; i++)
            Assert.Equal(expectedWeights[i], parts[i].Weight, 0.0005);
        Assert.Equal(1.0, parts.Sum(p => p.Weight), 0.002);
        // The user's rows are 3:2 from the two embeddings, so the mixture of the two that fits them best weighs them so.
        Assert.Equal(0.6, parts.Single(p => p.Id == ids[0]).Weight, 0.1);

        // The chart: the user's points and each mixture learnware's, one group each, in the mixture's order.
        var groups = Driver.FindElements(By.CssSelector("#projection-chart g.series"));
        Assert.Equal(1 + parts.Length, groups.Count);
        Assert.Equal(user.Count, groups.Single(g => string.IsNullOrEmpty(g.GetAttribute("data-id"))).FindElements(By.TagName("rect")).Count);

        // The single results carry a score and an MMD², best first.
        var scores = Driver.FindElements(By.CssSelector("li.result .score")).Select(s => double.Parse(s.Text, CultureInfo.InvariantCulture)).ToArray();
        Assert.NotEmpty(scores);
        Assert.Equal(scores.OrderDescending(), scores);

        // The count is of the results the pages show (those that pass the score filter), as the API's total: every one
        // of them comes back when asked for enough, and the first page shows as many as fit on it.
        var everything = await SearchAsync(new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(specPath)), "spec", "my-spec.json" }, { new StringContent("100"), "top" },
        });
        var total = api.GetProperty("total").GetInt32();
        Assert.Equal(everything.GetProperty("single").GetArrayLength(), total);
        Assert.StartsWith(total == 1 ? "1 learnware matches" : $"{total} learnwares match", Driver.FindElement(By.Id("result-count")).Text, StringComparison.Ordinal);
        Assert.Equal(Math.Min(total, 10), Driver.FindElements(By.CssSelector("li.result")).Count);
        Assert.Equal(total > 10, Driver.FindElements(By.CssSelector(".pager a[rel='next']")).Count == 1);
        Browser.Screenshot("search-spec");

        // The address alone brings the same search back: the specification is held under its key.
        fixture.Open(new Uri(Driver.Url).PathAndQuery);
        Assert.Equal(parts.Select(p => p.Id), Driver.FindElements(By.CssSelector("tr.mixture-part")).Select(r => r.GetAttribute("data-id")));
    }

    [Fact]
    public async Task A_csv_file_dropped_on_the_page_becomes_a_specification_in_the_browser_and_finds_the_mixture()
    {
        var (ids, rows) = await UserRowsAsync();
        var csvPath = Path.Combine(_folder, "my-rows.csv");
        await File.WriteAllLinesAsync(csvPath, Enumerable.Range(0, rows.Rows)
            .Select(r => string.Join(',', rows.Row(r).ToArray().Select(v => v.ToString("R", CultureInfo.InvariantCulture))))
            .Prepend(string.Join(',', Enumerable.Range(0, rows.Columns).Select(c => $"f{c}"))));

        fixture.Open("/search");
        var drop = Browser.WaitFor(d => d.FindElement(By.Id("search-csv-file")) is { Enabled: true } input ? input : null, "the interactive CSV field")!;
        drop.SendKeys(csvPath);
        Browser.WaitFor(d => d.FindElement(By.Id("search-csv-ready")), "the specification made in the browser");
        // The rows stay in the browser: the file field has no name, so only the hidden specification goes with the form.
        Assert.True(string.IsNullOrEmpty(drop.GetAttribute("name")));
        var made = Driver.FindElement(By.CssSelector("input[type='hidden'][name='specJson']")).GetAttribute("value")!;
        Assert.Equal(rows.Columns, RkmeJson.Parse(System.Text.Encoding.UTF8.GetBytes(made)).Dimension);
        Driver.FindElement(By.Id("search-submit")).Click();

        Browser.WaitFor(d => d.FindElement(By.Id("mixture")), "the mixture");
        var parts = Driver.FindElements(By.CssSelector("tr.mixture-part"))
            .Select(r => (Id: r.GetAttribute("data-id")!, Weight: double.Parse(r.FindElement(By.CssSelector(".weight")).Text, CultureInfo.InvariantCulture)))
            .ToArray();
        Assert.Equal(1.0, parts.Sum(p => p.Weight), 0.002);
        Assert.Equal(0.6, parts.Single(p => p.Id == ids[0]).Weight, 0.1);
        Browser.Screenshot("search-csv");
    }

    [Fact]
    public void A_specification_file_over_the_size_limit_is_refused_naming_its_size()
    {
        var path = Path.Combine(_folder, "huge.json");
        using (var file = File.Create(path))
            file.SetLength(16 * 1024 * 1024 + 1);
        fixture.Open("/search");
        Driver.FindElement(By.Id("search-spec")).SendKeys(path);
        Driver.FindElement(By.Id("search-submit")).Click();
        var error = Browser.WaitFor(d => d.FindElement(By.Id("search-error")), "the error", seconds: 120).Text;
        Assert.Equal($"The specification file 'huge.json' has {16 * 1024 * 1024 + 1} bytes; at most {16 * 1024 * 1024} are taken.", error);
        Assert.Empty(Driver.FindElements(By.CssSelector("li.result")));
    }

    [Fact]
    public void A_file_that_is_not_a_specification_is_refused_with_the_reason()
    {
        var path = Path.Combine(_folder, "not-a-spec.json");
        File.WriteAllText(path, "{\"type\": \"RKMETableSpecification\", \"beta\": \"nonsense\"}");
        fixture.Open("/search");
        Driver.FindElement(By.Id("search-spec")).SendKeys(path);
        Driver.FindElement(By.Id("search-submit")).Click();
        var error = Browser.WaitFor(d => d.FindElement(By.Id("search-error")), "the error").Text;
        Assert.StartsWith("The specification file 'not-a-spec.json' cannot be used:", error, StringComparison.Ordinal);
        Assert.Empty(Driver.FindElements(By.CssSelector("li.result")));
    }

    private async Task<JsonElement> SearchAsync(MultipartFormDataContent form)
    {
        using (form)
        {
            var response = await fixture.Dock.Http.PostAsync("/api/v1/search", form);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }

    /// <summary>
    /// The two credit learnwares the text "credit" finds first, and 500 rows of a user whose data is 3:2 like theirs:
    /// drawn by herding from their specifications.
    /// </summary>
    private async Task<(string[] Ids, DenseMatrix Rows)> UserRowsAsync()
    {
        var credit = await SearchAsync(new MultipartFormDataContent { { new StringContent("credit"), "text" } });
        var ids = credit.GetProperty("single").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).Take(2).ToArray();
        Assert.Equal(2, ids.Length);
        var first = await SpecificationOfAsync(ids[0]);
        var second = await SpecificationOfAsync(ids[1]);
        var random = new Random(7);
        double[] rows = [.. first.Herd(300, random), .. second.Herd(200, random)];
        return (ids, new DenseMatrix(rows, 500, first.Dimension));
    }

    private async Task<RkmeTableSpecification> SpecificationOfAsync(string id)
    {
        var package = await fixture.Dock.Http.GetByteArrayAsync($"/api/v1/learnwares/{id}/package");
        return RkmeJson.Parse(System.Text.Encoding.UTF8.GetBytes(new LearnwarePackageReader().Read(new MemoryStream(package)).StatSpecificationJson()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
