using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Learnware.Packaging;
using Learnware.Samples;
using Learnware.TestSupport;
using OpenQA.Selenium;

namespace Learnware.Web.Tests;

/// <summary>The anonymous pages in a real browser against the seeded dock: home, search by text and tags, detail, dark mode.</summary>
[Collection(DockCollection.Name)]
public sealed class PageTests(DockFixture fixture)
{
    private Browser Browser => fixture.Browser;
    private IWebDriver Driver => fixture.Browser.Driver;

    [Fact]
    public async Task Home_counts_the_usable_learnwares_and_lists_the_newest()
    {
        // Other tests submit learnwares to the same dock: the count is the API's, at least the seeded samples.
        var usable = (await fixture.Dock.Http.GetFromJsonAsync<JsonElement>("/api/v1/learnwares?pageSize=1")).GetProperty("total").GetInt32();
        Assert.True(usable >= SampleLearnwares.Count);
        int accounts;
        using (var admin = await fixture.Accounts.ApiAsync(DockServerProcess.AdminEmail, DockServerProcess.AdminPassword))
            accounts = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/users")).GetArrayLength();
        fixture.Open("/");
        var learnwares = Driver.FindElement(By.CssSelector("[data-count='learnwares'] strong")).Text;
        Assert.Equal(usable.ToString(CultureInfo.InvariantCulture), learnwares);
        // The admin account at least; other tests of this dock may have registered more. The admin's list of accounts,
        // read from the same dock just before, is the count to match (the tests of this dock run one at a time).
        var users = int.Parse(Driver.FindElement(By.CssSelector("[data-count='users'] strong")).Text, CultureInfo.InvariantCulture);
        Assert.True(users >= 1, $"the home page counts {users} users, but the dock has its admin account");
        Assert.Equal(accounts, users);
        Assert.Equal(6, Driver.FindElements(By.CssSelector("article.newest")).Count);
        Browser.Screenshot("home");
    }

    [Fact]
    public async Task Searching_by_text_from_home_shows_what_the_api_finds_in_its_order_and_server_rendered()
    {
        fixture.Open("/");
        var box = Driver.FindElement(By.Id("home-text"));
        box.SendKeys("credit");
        box.SendKeys(Keys.Enter);
        Browser.WaitFor(d => d.Url.Contains("/search?text=credit", StringComparison.Ordinal), "the search page");
        var shown = Browser.WaitFor(d => d.FindElements(By.CssSelector("li.result")), "results")
            .Select(r => r.GetAttribute("data-id")).ToArray();

        using var form = new MultipartFormDataContent { { new StringContent("credit"), "text" }, { new StringContent("10"), "top" } };
        var api = await (await fixture.Dock.Http.PostAsync("/api/v1/search", form)).Content.ReadFromJsonAsync<JsonElement>();
        var expected = api.GetProperty("single").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, shown);

        // The first page is in the HTML the server sends, not filled in afterwards.
        var html = await fixture.Dock.Http.GetStringAsync("/search?text=credit");
        Assert.All(expected, id => Assert.Contains($"data-id=\"{id}\"", html, StringComparison.Ordinal));
        Browser.Screenshot("search-text");
    }

    [Fact]
    public void A_tag_filter_keeps_only_learnwares_with_that_tag_and_its_count_matches_home()
    {
        fixture.Open("/");
        var regression = Driver.FindElement(By.CssSelector("a.count[href='/search?task=Regression'] strong")).Text;
        fixture.Open("/search?task=Regression");
        Assert.StartsWith($"{regression} learnwares match", Driver.FindElement(By.Id("result-count")).Text, StringComparison.Ordinal);
        var results = Driver.FindElements(By.CssSelector("li.result"));
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Contains("Regression", r.FindElements(By.CssSelector(".chip[data-key='Task']")).Select(c => c.GetAttribute("data-value"))));
        Assert.True(Driver.FindElement(By.CssSelector("input[name='task'][value='Regression']")).Selected);
    }

    [Fact]
    public void An_unknown_tag_value_is_refused_with_the_allowed_ones()
    {
        fixture.Open("/search?task=Astrology");
        var error = Driver.FindElement(By.Id("search-error")).Text;
        Assert.Contains("'Astrology' is not a task tag", error, StringComparison.Ordinal);
        Assert.Contains("Classification", error, StringComparison.Ordinal);
        Assert.Empty(Driver.FindElements(By.CssSelector("li.result")));
    }

    [Fact]
    public async Task The_detail_page_shows_what_the_api_holds_and_downloads_the_usable_package()
    {
        fixture.Open("/search?text=credit");
        var first = Driver.FindElement(By.CssSelector("li.result h3 a"));
        var id = Driver.FindElement(By.CssSelector("li.result")).GetAttribute("data-id")!;
        first.Click();
        Browser.WaitFor(d => d.Url.EndsWith($"/learnwares/{id}", StringComparison.Ordinal), "the detail page");

        var detail = await fixture.Dock.Http.GetFromJsonAsync<JsonElement>($"/api/v1/learnwares/{id}");
        // Blazor's enhanced navigation changes the address before it patches the page in.
        Browser.WaitFor(d => d.FindElement(By.TagName("h1")).Text == detail.GetProperty("name").GetString(), "the learnware's name as the heading");
        Assert.Equal("usable", Driver.FindElement(By.Id("status")).Text);
        var semantic = detail.GetProperty("semantic");
        var inputs = semantic.GetProperty("Input").GetProperty("Dimension").GetInt32();
        Assert.Equal(inputs, Driver.FindElements(By.CssSelector("#inputs tbody tr")).Count);
        var outputs = semantic.GetProperty("Output").GetProperty("Dimension").GetInt32();
        Assert.Equal(outputs, Driver.FindElements(By.CssSelector("#outputs tbody tr")).Count);
        Assert.Contains($"learnware predict {id}.zip", Driver.FindElement(By.Id("cli-snippet")).Text, StringComparison.Ordinal);

        var link = Driver.FindElement(By.Id("download")).GetAttribute("href")!;
        var package = await fixture.Dock.Http.GetByteArrayAsync(link);
        var version = detail.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("version").GetInt32() == detail.GetProperty("version").GetInt32());
        Assert.Equal(version.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(package)));
        var read = new LearnwarePackageReader().Read(new MemoryStream(package));
        Assert.Contains(detail.GetProperty("name").GetString()!, read.SemanticSpecificationJson, StringComparison.Ordinal);

        // The copy button comes alive once WebAssembly has started.
        Browser.WaitFor(d => d.FindElement(By.CssSelector(".copy-button")).Enabled, "the interactive copy button");
        Browser.Screenshot("detail");
    }

    [Fact]
    public void The_theme_button_switches_light_and_dark_and_the_choice_stays_across_pages()
    {
        fixture.Open("/");
        Script("localStorage.removeItem('dock-theme')");
        fixture.Open("/");
        var (before, background) = (Script("return dockTheme.current()"), Script("return getComputedStyle(document.body).backgroundColor"));
        Driver.FindElement(By.Id("theme-toggle")).Click();
        var chosen = Script("return dockTheme.current()");
        Assert.NotEqual(before, chosen);
        Assert.NotEqual(background, Script("return getComputedStyle(document.body).backgroundColor"));

        fixture.Open("/search?text=house");
        Assert.Equal(chosen, Script("return dockTheme.current()"));
        if (chosen != "dark")
            Driver.FindElement(By.Id("theme-toggle")).Click();
        Assert.Equal("dark", Script("return dockTheme.current()"));
        Browser.Screenshot("search-dark");
        Script("localStorage.removeItem('dock-theme')");
    }

    private string? Script(string script) => ((IJavaScriptExecutor)Driver).ExecuteScript(script) as string;
}
