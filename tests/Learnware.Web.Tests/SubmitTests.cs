using System.Net.Http.Json;
using System.Text.Json;
using Learnware.Specifications.Semantic;
using OpenQA.Selenium;

namespace Learnware.Web.Tests;

/// <summary>
/// The /submit wizard: a new user describes a learnware, a package whose manifest names a missing file is refused in
/// the browser with the reason, the valid one is uploaded and followed until usable, then found and downloaded.
/// </summary>
[Collection(DockCollection.Name)]
public sealed class SubmitTests(DockFixture fixture)
{
    private const string Password = "Dock-Test-Pass1!";

    private Browser Browser => fixture.Browser;
    private IWebDriver Driver => fixture.Browser.Driver;

    [Fact]
    public void A_visitor_who_is_not_signed_in_is_sent_to_sign_in()
    {
        fixture.Open("/");
        Driver.Manage().Cookies.DeleteAllCookies();
        fixture.Open("/submit");
        Browser.WaitFor(d => d.Url.Contains("/login?returnUrl=%2Fsubmit", StringComparison.Ordinal), "the sign-in page");
    }

    [Fact]
    public async Task Register_submit_through_the_wizard_watch_it_become_usable_find_download_and_upload_a_new_version()
    {
        var name = $"Wizard sorter {Guid.NewGuid():N}"[..22];
        const string description = "Tells rows **above** zero from those below.";
        var semantic = new SemanticSpecification
        {
            Name = name,
            Description = description,
            Data = ["Table"],
            Task = ["Classification"],
            Library = ["Others"],
            License = ["MIT"],
            Scenario = ["Business"],
            Input = new FeatureDescriptions(SubmitPackages.Features, new Dictionary<int, string> { [0] = "the deciding feature" }),
            Output = new FeatureDescriptions(2, new Dictionary<int, string> { [0] = "below", [1] = "above" }),
        };
        var package = SubmitPackages.Classifier(semantic);
        var validPath = SubmitPackages.ToTempFile(package, "sorter.zip");
        // The dock refuses the same bytes twice: the new version is trained on other rows.
        var newVersionPath = SubmitPackages.ToTempFile(SubmitPackages.Classifier(semantic, seed: 8), "sorter-v2.zip");
        var brokenPath = SubmitPackages.ToTempFile(SubmitPackages.Without(package, "model.onnx"), "broken.zip");

        Register($"submit{Guid.NewGuid():N}@example.org");
        fixture.Open("/submit");

        // Step 1: the description, its markdown previewed as it is typed.
        Browser.WaitFor(d => d.FindElement(By.Id("submit-name")), "the wizard").SendKeys(name);
        Browser.Driver.ExecuteScript("document.getElementById('submit-task').value = 'Classification'; document.getElementById('submit-license').value = 'MIT'; " +
            "document.getElementById('submit-library').value = 'Others';");
        Driver.FindElement(By.CssSelector("#submit-scenarios input[value='Business']")).Click();
        Driver.FindElement(By.Id("submit-description")).SendKeys(description);
        Driver.FindElement(By.Id("submit-outputs")).SendKeys("below\nabove");
        Assert.Equal("above", Browser.WaitFor(d => d.FindElement(By.CssSelector("#submit-preview strong")), "the preview's bold word").Text);
        Browser.Screenshot("submit-1-describe");
        Driver.FindElement(By.Id("step-1-next")).Click();

        // Step 2: the broken package is refused here, naming the missing file; the valid one shows its specification.
        var input = Browser.WaitFor(d => d.FindElement(By.Id("submit-package")) is { Displayed: true } e ? e : null, "the package step")!;
        Assert.False(Driver.FindElement(By.Id("step-1")).Displayed);
        input.SendKeys(brokenPath);
        var refusal = Browser.WaitFor(d => d.FindElement(By.Id("package-error")).Text is { Length: > 0 } text ? text : null, "the refusal");
        Assert.Contains("names model.onnx, which is not in the package", refusal, StringComparison.Ordinal);
        Assert.False(Driver.FindElement(By.Id("package-upload")).Enabled);
        Browser.Screenshot("submit-2-refused");

        input.Clear();
        input.SendKeys(validPath);
        Browser.WaitFor(d => d.FindElement(By.Id("package-summary")).Displayed, "the package's specification");
        Assert.Equal("", Driver.FindElement(By.Id("package-error")).Text);
        Assert.Equal(["It matches what you described."], Driver.FindElements(By.CssSelector("#semantic-differences li")).Select(e => e.Text));
        Assert.Contains(name, Driver.FindElement(By.Id("package-semantic")).Text, StringComparison.Ordinal);
        Driver.FindElement(By.Id("package-confirm")).Click();
        Browser.Screenshot("submit-2-package");
        Driver.FindElement(By.Id("package-upload")).Click();

        // Step 3: the check, followed until the learnware is usable.
        var status = Browser.WaitFor(d => d.FindElement(By.Id("check-status")) is { Displayed: true, Text: "usable" or "rejected" } e ? e.Text : null,
            "the check's outcome", seconds: 240);
        Assert.True(status == "usable", $"the learnware was {status}: {Driver.FindElement(By.Id("check-log")).Text}");
        Assert.False(Driver.FindElement(By.Id("step-2")).Displayed);
        Assert.Equal("100", Driver.FindElement(By.Id("upload-progress")).GetAttribute("value"));
        Browser.Screenshot("submit-3-check");
        var id = Driver.FindElement(By.Id("check-link")).GetAttribute("href")!.Split('/')[^1];

        // Found on /search, downloaded from its detail page: the very bytes uploaded.
        fixture.Open($"/search?text={Uri.EscapeDataString(name)}");
        Browser.WaitFor(d => d.FindElement(By.CssSelector($"li.result[data-id='{id}'] h3 a")), "the learnware among the results").Click();
        Browser.WaitFor(d => d.Url.EndsWith($"/learnwares/{id}", StringComparison.Ordinal), "the detail page");
        Browser.WaitFor(d => d.FindElement(By.TagName("h1")).Text == name, "the learnware's name as the heading");
        var link = Driver.FindElement(By.Id("download")).GetAttribute("href")!;
        Assert.Equal(package, await fixture.Dock.Http.GetByteArrayAsync(link));
        var detail = await fixture.Dock.Http.GetFromJsonAsync<JsonElement>($"/api/v1/learnwares/{id}");
        Assert.Equal("usable", detail.GetProperty("status").GetString());

        // A new version: the wizard starts from the learnware's description; the dock then holds two usable versions.
        fixture.Open($"/submit?edit={Uri.EscapeDataString(id)}");
        Browser.WaitFor(d => d.FindElement(By.Id("submit-wizard")).GetAttribute("data-prefilled") == "true", "the description filled in");
        Assert.Equal(name, Driver.FindElement(By.Id("submit-name")).GetAttribute("value"));
        Assert.Equal("above", Driver.FindElement(By.CssSelector("#submit-preview strong")).Text);
        Driver.FindElement(By.Id("step-1-next")).Click();
        Browser.WaitFor(d => d.FindElement(By.Id("submit-package")) is { Displayed: true } e ? e : null, "the package step")!.SendKeys(newVersionPath);
        Browser.WaitFor(d => d.FindElement(By.Id("package-summary")).Displayed, "the package's specification");
        Assert.Equal(["It matches what you described."], Driver.FindElements(By.CssSelector("#semantic-differences li")).Select(e => e.Text));
        Driver.FindElement(By.Id("package-confirm")).Click();
        Driver.FindElement(By.Id("package-upload")).Click();
        var second = Browser.WaitFor(d => d.FindElement(By.Id("check-status")) is { Displayed: true, Text: "usable" or "rejected" } e ? e.Text : null,
            "the new version's check", seconds: 240);
        Assert.True(second == "usable", $"the new version was {second}: {Driver.FindElement(By.Id("check-log")).Text}");
        var versions = (await fixture.Dock.Http.GetFromJsonAsync<JsonElement>($"/api/v1/learnwares/{id}")).GetProperty("versions").EnumerateArray()
            .Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("status").GetString())).Order();
        Assert.Equal([(1, "usable"), (2, "usable")], versions);

        Driver.FindElement(By.Id("sign-out")).Click();
        Browser.WaitFor(d => d.FindElement(By.Id("sign-in")), "signed out");
    }

    private void Register(string email)
    {
        fixture.Open("/");
        Driver.Manage().Cookies.DeleteAllCookies();
        fixture.Open("/register");
        Driver.FindElement(By.Id("register-email")).SendKeys(email);
        Driver.FindElement(By.Id("register-password")).SendKeys(Password);
        Driver.FindElement(By.Id("register-confirm")).SendKeys(Password);
        Driver.FindElement(By.Id("register-submit")).Click();
        Browser.WaitFor(d => d.FindElement(By.Id("signed-in-as")).Text == email, "signed in after registering");
    }
}
