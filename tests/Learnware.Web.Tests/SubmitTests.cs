using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Learnware.Packaging;
using Learnware.Specifications.Semantic;
using OpenQA.Selenium;

namespace Learnware.Web.Tests;

/// <summary>
/// The /submit wizard: a new user describes a learnware, a package whose manifest names a missing file is refused in
/// the browser with the reason, the valid one is uploaded with the typed description as its semantic specification
/// and followed until usable, then found and downloaded with that specification.
/// </summary>
[Collection(DockCollection.Name)]
public sealed class SubmitTests(DockFixture fixture)
{
    private Browser Browser => fixture.Browser;
    private IWebDriver Driver => fixture.Browser.Driver;

    [Fact]
    public void A_visitor_who_is_not_signed_in_is_sent_to_sign_in()
    {
        fixture.Accounts.SignedOutAt("/submit");
        Browser.WaitFor(d => d.Url.Contains("/login?returnUrl=%2Fsubmit", StringComparison.Ordinal), "the sign-in page");
    }

    [Fact]
    public void The_description_step_holds_the_name_and_the_description_to_the_docks_length_rules()
    {
        fixture.Accounts.RegisterInBrowser(WebAccounts.NewEmail("lengths"));
        fixture.Open("/submit");
        var name = Browser.WaitFor(d => d.FindElement(By.Id("submit-name")), "the wizard");
        Assert.Equal(SemanticVocabulary.MaxNameLength.ToString(CultureInfo.InvariantCulture), name.GetAttribute("maxlength"));
        var description = Driver.FindElement(By.Id("submit-description"));
        Assert.Equal(SemanticVocabulary.MaxDescriptionLength.ToString(CultureInfo.InvariantCulture), description.GetAttribute("maxlength"));

        string Refusal()
        {
            Driver.FindElement(By.Id("step-1-next")).Click();
            var text = Browser.WaitFor(d => d.FindElement(By.Id("step-1-error")).Text is { Length: > 0 } t ? t : null, "the refusal");
            Assert.False(Driver.FindElement(By.Id("step-2")).Displayed);
            return text!;
        }
        name.SendKeys("Abc ");
        description.SendKeys("A description long enough.");
        Assert.Equal($"The name must be {SemanticVocabulary.MinNameLength} to {SemanticVocabulary.MaxNameLength} characters long; it has 3.", Refusal());

        name.SendKeys("defgh");
        description.Clear();
        description.SendKeys("Too short");
        Assert.Equal($"The description must be {SemanticVocabulary.MinDescriptionLength} to {SemanticVocabulary.MaxDescriptionLength} characters long; it has 9.",
            Refusal());

        description.SendKeys(" no more");
        Driver.FindElement(By.Id("step-1-next")).Click();
        Browser.WaitFor(d => d.FindElement(By.Id("submit-package")).Displayed, "the package step");
        Assert.Equal("", Driver.FindElement(By.Id("step-1-error")).Text);
        fixture.Accounts.SignOut();
    }

    [Fact]
    public async Task Register_submit_through_the_wizard_watch_it_become_usable_find_download_and_upload_a_new_version()
    {
        // What the author types differs from the package's own semantic.json: the typed description is the one stored.
        var name = $"Wizard sorter {Guid.NewGuid():N}"[..22];
        const string description = "Tells rows **above** zero from those below.";
        var packageSemantic = new SemanticSpecification
        {
            Name = "The package's own name",
            Description = "The description the package was packed with.",
            Data = ["Table"],
            Task = ["Classification"],
            Library = ["Others"],
            License = ["Apache-2.0"],
            Scenario = ["Education"],
            Input = new FeatureDescriptions(SubmitPackages.Features, new Dictionary<int, string> { [0] = "the package's first feature" }),
            Output = new FeatureDescriptions(2, new Dictionary<int, string> { [0] = "negative", [1] = "positive" }),
        };
        var package = SubmitPackages.Classifier(packageSemantic);
        var validPath = SubmitPackages.ToTempFile(package, "sorter.zip");
        // The dock refuses the same bytes twice: the new version is trained on other rows.
        var newVersionPath = SubmitPackages.ToTempFile(SubmitPackages.Classifier(packageSemantic, seed: 8), "sorter-v2.zip");
        var brokenPath = SubmitPackages.ToTempFile(SubmitPackages.Without(package, "model.onnx"), "broken.zip");

        fixture.Accounts.RegisterInBrowser(WebAccounts.NewEmail("submit"));
        fixture.Open("/submit");

        // Step 1: the description, its markdown previewed as it is typed.
        Browser.WaitFor(d => d.FindElement(By.Id("submit-name")), "the wizard").SendKeys(name);
        Browser.Driver.ExecuteScript("document.getElementById('submit-task').value = 'Classification'; document.getElementById('submit-license').value = 'MIT'; " +
            "document.getElementById('submit-library').value = 'Others';");
        Driver.FindElement(By.CssSelector("#submit-scenarios input[value='Business']")).Click();
        Driver.FindElement(By.Id("submit-description")).SendKeys(description);
        Driver.FindElement(By.Id("submit-features")).SendKeys("the deciding feature");
        Driver.FindElement(By.Id("submit-outputs")).SendKeys("below\nabove");
        Assert.Equal("above", Browser.WaitFor(d => d.FindElement(By.CssSelector("#submit-preview strong")), "the preview's bold word").Text);
        Browser.Screenshot("submit-1-describe");
        Driver.FindElement(By.Id("step-1-next")).Click();

        // Step 2: the broken package is refused here, naming the missing file; the valid one shows what the description replaces.
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
        var replaced = Driver.FindElements(By.CssSelector("#semantic-differences li")).Select(e => e.Text.Split(':')[0]).ToArray();
        Assert.Equal(["name", "scenario", "license", "description", "feature descriptions", "output descriptions"], replaced);
        var shown = SemanticJson.Parse(Driver.FindElement(By.Id("package-semantic")).Text);
        Assert.Equal((name, description.Trim(), "MIT"), (shown.Name, shown.Description, shown.License[0]));
        Assert.True(Driver.FindElement(By.Id("package-upload")).Enabled);
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

        // Found on /search by the typed name; its page shows the typed description; the download carries the typed
        // specification and the uploaded model.
        fixture.Open($"/search?text={Uri.EscapeDataString(name)}");
        Browser.WaitFor(d => d.FindElement(By.CssSelector($"li.result[data-id='{id}'] h3 a")), "the learnware among the results").Click();
        Browser.WaitFor(d => d.Url.EndsWith($"/learnwares/{id}", StringComparison.Ordinal), "the detail page");
        Browser.WaitFor(d => d.FindElement(By.TagName("h1")).Text == name, "the typed name as the heading");
        Assert.Equal("above", Driver.FindElement(By.CssSelector("#description strong")).Text);
        Assert.Contains("the deciding feature", Driver.FindElement(By.Id("inputs")).Text, StringComparison.Ordinal);
        var link = Driver.FindElement(By.Id("download")).GetAttribute("href")!;
        var downloaded = new LearnwarePackageReader().Read(new MemoryStream(await fixture.Dock.Http.GetByteArrayAsync(link)));
        var stored = SemanticJson.Parse(downloaded.SemanticSpecificationJson);
        Assert.Equal((name, description, "MIT", "Business"), (stored.Name, stored.Description, stored.License[0], stored.Scenario[0]));
        var feature = Assert.Single(stored.Input!.Descriptions);
        Assert.Equal((0, "the deciding feature"), (feature.Key, feature.Value));
        Assert.Equal((2, "above"), (stored.Output!.Dimension, stored.Output.Descriptions[1]));
        Assert.Equal(new LearnwarePackageReader().Read(new MemoryStream(package)).ModelBytes, downloaded.ModelBytes);

        // A new version: the wizard starts from the learnware's description, which the new version keeps although its
        // package says otherwise; the dock then holds two usable versions.
        fixture.Open($"/submit?edit={Uri.EscapeDataString(id)}");
        Browser.WaitFor(d => d.FindElement(By.Id("submit-wizard")).GetAttribute("data-prefilled") == "true", "the description filled in");
        Assert.Equal(name, Driver.FindElement(By.Id("submit-name")).GetAttribute("value"));
        Assert.Equal("above", Driver.FindElement(By.CssSelector("#submit-preview strong")).Text);
        Driver.FindElement(By.Id("step-1-next")).Click();
        Browser.WaitFor(d => d.FindElement(By.Id("submit-package")) is { Displayed: true } e ? e : null, "the package step")!.SendKeys(newVersionPath);
        Browser.WaitFor(d => d.FindElement(By.Id("package-summary")).Displayed, "the package's specification");
        Assert.Contains("name", Driver.FindElements(By.CssSelector("#semantic-differences li")).Select(e => e.Text.Split(':')[0]));
        Driver.FindElement(By.Id("package-upload")).Click();
        var second = Browser.WaitFor(d => d.FindElement(By.Id("check-status")) is { Displayed: true, Text: "usable" or "rejected" } e ? e.Text : null,
            "the new version's check", seconds: 240);
        Assert.True(second == "usable", $"the new version was {second}: {Driver.FindElement(By.Id("check-log")).Text}");
        var detail = await fixture.Dock.Http.GetFromJsonAsync<JsonElement>($"/api/v1/learnwares/{id}");
        var versions = detail.GetProperty("versions").EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("status").GetString())).Order();
        Assert.Equal([(1, "usable"), (2, "usable")], versions);
        Assert.Equal((2, name), (detail.GetProperty("version").GetInt32(), detail.GetProperty("name").GetString()));

        fixture.Accounts.SignOut();
    }
}
