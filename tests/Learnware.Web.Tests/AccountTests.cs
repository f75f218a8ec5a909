using System.Net;
using System.Net.Http.Headers;
using OpenQA.Selenium;

namespace Learnware.Web.Tests;

/// <summary>Accounts in the browser: register (and be signed in), make an API token that works once and is shown once, revoke it, sign out and in.</summary>
[Collection(DockCollection.Name)]
public sealed class AccountTests(DockFixture fixture)
{
    private Browser Browser => fixture.Browser;
    private IWebDriver Driver => fixture.Browser.Driver;

    [Fact]
    public async Task Register_then_make_a_read_token_that_the_api_takes_and_refuses_once_revoked()
    {
        var email = WebAccounts.NewEmail("user");
        fixture.Accounts.RegisterInBrowser(email);

        Browser.WaitFor(d => d.Url.EndsWith("/me/tokens", StringComparison.Ordinal), "the tokens page after registering");

        Driver.FindElement(By.Id("token-name")).SendKeys("browser test");
        Driver.FindElement(By.Id("token-submit")).Click();
        var secret = Browser.WaitFor(d => d.FindElement(By.Id("new-token-secret")).Text is { Length: > 0 } text ? text
            : d.FindElement(By.Id("token-error")).Text is { Length: > 0 } error ? throw new InvalidOperationException($"the token was refused: {error}") : null,
            "the new token");
        Assert.StartsWith("lwd_", secret, StringComparison.Ordinal);
        var row = Browser.WaitFor(d => d.FindElement(By.CssSelector("#tokens tbody tr")), "the token in the list");
        Assert.Equal(["browser test", "read", "active"], row.FindElements(By.TagName("td")).Select(c => c.Text).Where((_, i) => i != 2 && i < 4));
        Browser.Screenshot("tokens");

        // The token works on the API, for reading only.
        using var api = new HttpClient { BaseAddress = fixture.Dock.Address };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/tokens")).StatusCode);
        using var upload = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "package", "x.zip" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync("/api/v1/learnwares", upload)).StatusCode);

        // Reloading never shows the secret again; revoking makes the API refuse it.
        fixture.Open("/me/tokens");
        Assert.False(Driver.FindElement(By.Id("new-token")).Displayed);
        Browser.WaitFor(d => d.FindElement(By.CssSelector("#tokens button.revoke")), "the revoke button").Click();
        Driver.SwitchTo().Alert().Accept();
        Browser.WaitFor(d => d.FindElement(By.CssSelector("#tokens tbody tr td:nth-child(4)")).Text == "revoked", "the token revoked");
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/tokens")).StatusCode);

        // Signing out, then in again with the same password.
        fixture.Accounts.SignOut();
        fixture.Open("/me/tokens");
        Browser.WaitFor(d => d.Url.Contains("/login?returnUrl=", StringComparison.Ordinal), "the sign-in page for a signed-out visitor");
        Driver.FindElement(By.Id("login-email")).SendKeys(email);
        Driver.FindElement(By.Id("login-password")).SendKeys(WebAccounts.Password);
        Browser.Screenshot("login");
        Driver.FindElement(By.Id("login-submit")).Click();
        Browser.WaitFor(d => d.Url.EndsWith("/me/tokens", StringComparison.Ordinal), "back on the tokens page");
        Assert.Equal(email, Browser.WaitFor(d => d.FindElement(By.Id("signed-in-as")), "the signed-in e-mail").Text);
        fixture.Accounts.SignOut();
    }

    [Fact]
    public void A_wrong_password_is_refused_on_the_page()
    {
        fixture.Accounts.SignedOutAt("/login");
        Driver.FindElement(By.Id("login-email")).SendKeys("nobody@example.org");
        Driver.FindElement(By.Id("login-password")).SendKeys("Wrong-Pass1!");
        Driver.FindElement(By.Id("login-submit")).Click();
        var error = Browser.WaitFor(d => d.FindElement(By.Id("login-error")).Text is { Length: > 0 } text ? text : null, "the refusal");
        Assert.Contains("/login", Driver.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("signed-in-as", Driver.PageSource, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
