using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Learnware.Packaging;
using Deque.AxeCore.Commons;
using Learnware.Server.Tests;
using Newtonsoft.Json.Linq;
using OpenQA.Selenium;

namespace Learnware.Web.Tests;

/// <summary>
/// axe-core (the copy bundled with Deque.AxeCore.Commons, run in the page through the tests' WebDriver) on every page
/// as a visitor, a signed-in user and an admin sees it, in the light and the dark theme: no violation of serious or
/// critical impact. A failure lists each violated rule with the page, the theme and the elements. Every rule runs.
/// </summary>
[Collection(DockCollection.Name)]
public sealed class AccessibilityTests(DockFixture fixture) : IDisposable
{
    private static readonly string[] Themes = ["light", "dark"];
    private static readonly HashSet<string> Blocking = ["serious", "critical"];
    private static readonly string AxeSource = new BundledAxeScriptProvider().GetScript();

    private readonly string _folder = Directory.CreateTempSubdirectory("learnware-web-a11y-").FullName;

    private Browser Browser => fixture.Browser;
    private IWebDriver Driver => fixture.Browser.Driver;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Every_page_a_visitor_sees_has_no_serious_violation_in_either_theme()
    {
        var id = await SeededIdAsync();
        var specPath = await SpecOfAsync(id);
        fixture.Accounts.SignedOutAt("/");

        AssertAccessible(
            Page("/", "article.newest"),
            Page("/search"),
            Page("/search?text=credit&task=Classification", "li.result"),
            Page("/search?task=Astrology", "#search-error"),
            new AccessiblePage("/search with a specification", () =>
            {
                fixture.Open("/search");
                Driver.FindElement(By.Id("search-spec")).SendKeys(specPath);
                Driver.FindElement(By.Id("search-submit")).Click();
                Browser.WaitFor(d => d.FindElements(By.CssSelector("#projection-chart, li.result")).Count > 0, "the results of the specification");
            }),
            Page($"/learnwares/{id}", "#cli-snippet"),
            Page("/spec"),
            Page("/login"),
            Page("/register"),
            Page("/not-found"));
    }

    [Fact]
    public async Task Every_page_a_signed_in_user_sees_has_no_serious_violation_in_either_theme()
    {
        var (email, api) = await fixture.Accounts.RegisterAsync("a11y");
        using (api)
        {
            using var upload = new MultipartFormDataContent
            {
                { new ByteArrayContent(DockPackages.Classifier("Accessible classifier", centre: 2.5, seed: 71)), "package", "package.zip" },
            };
            Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsync("/api/v1/learnwares", upload)).StatusCode);
            var token = await api.PostAsJsonAsync("/api/v1/tokens", new { name = "a11y", scopes = new[] { "read" }, expiresInDays = 30 });
            Assert.Equal(HttpStatusCode.Created, token.StatusCode);
        }
        fixture.Accounts.SignIn(email, WebAccounts.Password, "/");

        AssertAccessible(
            Page("/", "#signed-in-as"),
            Page("/submit", "#submit-name"),
            new AccessiblePage("/submit, the package step", () =>
            {
                fixture.Open("/submit");
                Driver.FindElement(By.Id("submit-name")).SendKeys("Described for the check");
                Driver.FindElement(By.Id("submit-description")).SendKeys("A description long enough.");
                Driver.FindElement(By.Id("step-1-next")).Click();
                Browser.WaitFor(d => d.FindElement(By.Id("submit-package")).Displayed, "the package step");
            }),
            Page("/me/learnwares", "#mine tbody tr"),
            Page("/me/tokens", "#tokens tbody tr"),
            Page("/me/password"),
            Page("/admin", "#forbidden"));
        fixture.Accounts.SignOut();
    }

    [Fact]
    public void Every_page_an_admin_sees_has_no_serious_violation_in_either_theme()
    {
        fixture.Accounts.SignIn(DockServerProcess.AdminEmail, DockServerProcess.AdminPassword, "/");

        AssertAccessible(
            Page("/", "#admin-link"),
            Page("/admin", "#admin-learnwares tbody tr"),
            Page("/me/learnwares", "#mine tbody tr, #mine-empty:not([hidden])"));
        fixture.Accounts.SignOut();
    }

    /// <summary>A page, ready once <paramref name="ready"/> (a CSS selector) is on it, if given.</summary>
    private AccessiblePage Page(string path, string? ready = null) => new(path, () =>
    {
        fixture.Open(path);
        if (ready is not null)
            Browser.WaitFor(d => d.FindElements(By.CssSelector(ready)).Count > 0, $"'{ready}' on {path}");
    });

    private void AssertAccessible(params AccessiblePage[] pages)
    {
        var violations = new List<string>();
        try
        {
            foreach (var theme in Themes)
            {
                fixture.Open("/");
                ((IJavaScriptExecutor)Driver).ExecuteScript("localStorage.setItem('dock-theme', arguments[0])", theme);
                foreach (var page in pages)
                {
                    page.Open();
                    Assert.Equal(theme, ((IJavaScriptExecutor)Driver).ExecuteScript("return dockTheme.current()"));
                    violations.AddRange(Analyze().Violations.Where(v => Blocking.Contains(v.Impact ?? "")).Select(v =>
                        $"{page.Name} ({theme}): {v.Id} [{v.Impact}] {v.Help}: {string.Join("; ", v.Nodes.Select(n => $"{n.Target} {n.Html}"))}"));
                }
            }
        }
        finally
        {
            fixture.Open("/");
            ((IJavaScriptExecutor)Driver).ExecuteScript("localStorage.removeItem('dock-theme')");
        }

        Assert.True(violations.Count == 0, $"{violations.Count} serious or critical accessibility violations:\n{string.Join("\n", violations)}");
    }

    /// <summary>axe-core's run over the whole document as it stands.</summary>
    private AxeResult Analyze()
    {
        var script = (IJavaScriptExecutor)Driver;
        Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromMinutes(1);
        script.ExecuteScript(AxeSource);
        var json = script.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document).then(result => done(JSON.stringify(result)), error => done(JSON.stringify({ error: String(error) })));
            """) as string ?? throw new InvalidOperationException("axe-core answered nothing");
        var result = JObject.Parse(json);
        Assert.True(result["error"] is null, $"axe-core failed: {result["error"]}");
        return new AxeResult(result);
    }

    private async Task<string> SeededIdAsync()
    {
        var page = await fixture.Dock.Http.GetFromJsonAsync<JsonElement>("/api/v1/learnwares?pageSize=1");
        return page.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    /// <summary>The statistical specification of a seeded learnware, as a file to upload on the search page.</summary>
    private async Task<string> SpecOfAsync(string id)
    {
        var package = new LearnwarePackageReader().Read(new MemoryStream(await fixture.Dock.Http.GetByteArrayAsync($"/api/v1/learnwares/{id}/package")));
        var path = Path.Combine(_folder, "spec.json");
        await File.WriteAllTextAsync(path, package.StatSpecificationJson());
        return path;
    }

    /// <summary>A page to check, by name, and how to bring the browser to it.</summary>
    public sealed record AccessiblePage(string Name, Action Open);
}
