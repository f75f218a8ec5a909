using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Learnware.Server.Tests;
using Learnware.TestSupport;
using OpenQA.Selenium;

namespace Learnware.Web.Tests;

/// <summary>
/// The signed-in pages in the browser: an owner watches an upload become usable on /me/learnwares, reads its check log
/// and deletes it; changes the password; an admin deletes a user's learnware from /admin; a non-admin gets no admin page.
/// </summary>
[Collection(DockCollection.Name)]
public sealed class ManageTests(DockFixture fixture)
{
    private const string Password = WebAccounts.Password;
    private static readonly TimeSpan CheckedWithin = TimeSpan.FromMinutes(3);

    private Browser Browser => fixture.Browser;
    private IWebDriver Driver => fixture.Browser.Driver;
    private WebAccounts Accounts => fixture.Accounts;

    [Fact]
    public async Task An_owner_sees_the_upload_become_usable_reads_its_check_log_deletes_it_and_changes_the_password()
    {
        var (email, api) = await Accounts.RegisterAsync();
        var id = await UploadAsync(api, "Owner's classifier", centre: 1.5, seed: 41);

        Accounts.SignIn(email, Password, "/me/learnwares");
        Assert.Equal("My learnwares", Driver.FindElement(By.Id("my-learnwares")).Text);
        var status = Browser.WaitFor(d => Row(d, "mine", id) is { } row && row.GetAttribute("data-status") is "usable" or "rejected" ? row.GetAttribute("data-status") : null,
            "the upload checked, the list refreshing itself");
        Assert.Equal("usable", status);
        var checkedRow = Row(Driver, "mine", id)!;
        Assert.Equal("usable", checkedRow.FindElement(By.CssSelector(".chip")).Text);
        checkedRow.FindElement(By.TagName("summary")).Click();
        var log = Browser.WaitFor(d => Row(d, "mine", id)!.FindElement(By.CssSelector("pre.check-log")) is { Displayed: true } pre ? pre.Text : null,
            "the check log shown")!;
        // The log is the check's steps, one entry each.
        var steps = JsonDocument.Parse(log).RootElement;
        Assert.Equal(JsonValueKind.Array, steps.ValueKind);
        Assert.NotEqual(0, steps.GetArrayLength());
        Browser.Screenshot("my-learnwares");

        // The detail page shows the same log to its owner; anonymous visitors never get it.
        Row(Driver, "mine", id)!.FindElement(By.LinkText("Owner's classifier")).Click();
        var detailLog = Browser.WaitFor(d => d.FindElement(By.Id("check-log-section")).Displayed ? d.FindElement(By.Id("check-log")).Text : null,
            "the check log on the detail page")!;
        Assert.Equal(JsonDocument.Parse(log).RootElement.ToString(), JsonDocument.Parse(detailLog).RootElement.ToString());
        using (var anonymous = new HttpClient { BaseAddress = fixture.Dock.Address })
        {
            var shown = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/learnwares/{id}");
            Assert.Equal(JsonValueKind.Null, shown.GetProperty("checkLog").ValueKind);
        }

        // Deleting asks first; dismissing keeps it, accepting removes it from the page and from the dock.
        fixture.Open("/me/learnwares");
        Browser.WaitFor(d => Row(d, "mine", id), "the learnware listed")!.FindElement(By.CssSelector("button.delete")).Click();
        Assert.Contains("Owner's classifier", Driver.SwitchTo().Alert().Text, StringComparison.Ordinal);
        Driver.SwitchTo().Alert().Dismiss();
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/learnwares/{id}")).StatusCode);
        Row(Driver, "mine", id)!.FindElement(By.CssSelector("button.delete")).Click();
        Driver.SwitchTo().Alert().Accept();
        Browser.WaitFor(d => Row(d, "mine", id) is null && d.FindElement(By.Id("mine-empty")).Displayed, "the learnware gone from the list");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/learnwares/{id}")).StatusCode);

        // A new password: the page signs in again with it; the API takes the new one and refuses the old.
        const string newPassword = "Dock-New-Pass2!";
        fixture.Open("/me/password");
        Driver.FindElement(By.Id("password-old")).SendKeys(Password);
        Driver.FindElement(By.Id("password-new")).SendKeys(newPassword);
        Driver.FindElement(By.Id("password-confirm")).SendKeys(newPassword + "x");
        Driver.FindElement(By.Id("password-submit")).Click();
        Assert.Equal("The two passwords differ.", Browser.WaitFor(d => d.FindElement(By.Id("password-error")).Text is { Length: > 0 } t ? t : null, "the mismatch"));
        Driver.FindElement(By.Id("password-confirm")).Clear();
        Driver.FindElement(By.Id("password-confirm")).SendKeys(newPassword);
        Browser.Screenshot("password");
        Driver.FindElement(By.Id("password-submit")).Click();
        Browser.WaitFor(d => d.FindElement(By.Id("password-done")).Text is { Length: > 0 }
            || (d.FindElement(By.Id("password-error")).Text is { Length: > 0 } error ? throw new InvalidOperationException($"refused: {error}") : false),
            "the password changed");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Accounts.LoginAsync(email, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Accounts.LoginAsync(email, newPassword)).StatusCode);
        fixture.Open("/me/learnwares");
        Assert.Equal(email, Browser.WaitFor(d => d.FindElement(By.Id("signed-in-as")), "still signed in").Text);
        Browser.WaitFor(d => d.FindElement(By.Id("mine-empty")).Displayed, "the API answering the new sign-in");
        Accounts.SignOut();
    }

    [Fact]
    public async Task An_admin_deletes_a_users_learnware_from_the_admin_page()
    {
        var (email, api) = await Accounts.RegisterAsync();
        var id = await UploadAsync(api, "Learnware for the admin", centre: -1.5, seed: 43);
        await WaitUntilCheckedAsync(api, id);

        Accounts.SignIn(DockServerProcess.AdminEmail, DockServerProcess.AdminPassword, "/");
        Driver.FindElement(By.Id("admin-link")).Click();
        Browser.WaitFor(d => d.Url.EndsWith("/admin", StringComparison.Ordinal), "the admin page");
        var row = Browser.WaitFor(d => Row(d, "admin-learnwares", id), "the user's learnware among all")!;
        Assert.Equal(email, row.FindElements(By.TagName("td"))[1].Text);
        var usable = Browser.WaitFor(d => d.FindElement(By.CssSelector("[data-counter='usable'] strong")).Text, "the counters");
        var summary = await AdminApiAsync();
        Assert.Equal(summary.GetProperty("byStatus").GetProperty("usable").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), usable);
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("#admin-charts .bar-chart .bar-row")));
        var userRow = Browser.WaitFor(d => d.FindElement(By.CssSelector($"#admin-users tr[data-email='{email}']")), "the user in the list");
        Driver.FindElement(By.Id("user-filter")).SendKeys(email);
        Assert.True(userRow.Displayed);
        Assert.All(Driver.FindElements(By.CssSelector("#admin-users tbody tr")).Where(r => r.GetAttribute("data-email") != email), r => Assert.False(r.Displayed));
        // Emptied with keys, as a person would, so the page hears the input and shows every account again.
        Driver.FindElement(By.Id("user-filter")).SendKeys(Keys.Control + "a" + Keys.Backspace);
        Browser.WaitFor(d => d.FindElements(By.CssSelector("#admin-users tbody tr")).All(r => r.Displayed), "every account shown again");
        Browser.Screenshot("admin");

        Row(Driver, "admin-learnwares", id)!.FindElement(By.CssSelector("button.delete")).Click();
        Driver.SwitchTo().Alert().Accept();
        Browser.WaitFor(d => Row(d, "admin-learnwares", id) is null, "the learnware gone from the admin list");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/learnwares/{id}")).StatusCode);
        Accounts.SignOut();
    }

    [Fact]
    public async Task A_non_admin_gets_no_admin_page_nor_link_and_a_visitor_is_sent_to_sign_in()
    {
        var (email, api) = await Accounts.RegisterAsync();
        Accounts.SignIn(email, Password, "/");
        Assert.Empty(Driver.FindElements(By.Id("admin-link")));
        fixture.Open("/admin");
        Assert.Equal("Admins only", Browser.WaitFor(d => d.FindElement(By.Id("forbidden")), "the refusal").Text);
        Assert.Empty(Driver.FindElements(By.Id("admin-users")));
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/admin/users")).StatusCode);
        using (var plain = new HttpClient { BaseAddress = fixture.Dock.Address })
        {
            var cookie = Driver.Manage().Cookies.AllCookies.Single(c => c.Name.Contains("Identity", StringComparison.Ordinal));
            using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
            request.Headers.Add("Cookie", $"{cookie.Name}={cookie.Value}");
            Assert.Equal(HttpStatusCode.Forbidden, (await plain.SendAsync(request)).StatusCode);
        }
        Accounts.SignOut();

        fixture.Open("/admin");
        Browser.WaitFor(d => d.Url.Contains("/login?returnUrl=%2Fadmin", StringComparison.Ordinal), "the sign-in page for a visitor");
    }

    private static IWebElement? Row(IWebDriver driver, string table, string id) =>
        driver.FindElements(By.CssSelector($"#{table} tbody tr[data-id='{id}']")).SingleOrDefault();

    private async Task<JsonElement> AdminApiAsync()
    {
        using var admin = await Accounts.ApiAsync(DockServerProcess.AdminEmail, DockServerProcess.AdminPassword);
        return await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/summary");
    }

    private static async Task<string> UploadAsync(HttpClient api, string name, double centre, int seed)
    {
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(DockPackages.Classifier(name, centre, seed)), "package", "package.zip" },
        };
        var response = await api.PostAsync("/api/v1/learnwares", upload);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task WaitUntilCheckedAsync(HttpClient api, string id)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < CheckedWithin)
        {
            var status = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/learnwares/{id}")).GetProperty("status").GetString();
            if (status == "usable")
                return;
            Assert.NotEqual("rejected", status);
            await Task.Delay(500);
        }
        throw new TimeoutException($"the learnware {id} was not usable within {CheckedWithin}");
    }
}
