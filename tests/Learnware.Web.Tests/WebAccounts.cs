using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;

namespace Learnware.Web.Tests;

/// <summary>
/// Accounts for the browser tests: registered in the browser or through the API, signed in and out in the browser, and
/// API clients signed in as them.
/// </summary>
public sealed class WebAccounts(DockFixture fixture)
{
    /// <summary>The password every test account is made with.</summary>
    public const string Password = "Dock-Test-Pass1!";

    private Browser Browser => fixture.Browser;
    private IWebDriver Driver => fixture.Browser.Driver;

    /// <summary>An e-mail address no other test uses, starting with <paramref name="prefix"/>.</summary>
    public static string NewEmail(string prefix) => $"{prefix}{Guid.NewGuid():N}@example.org";

    /// <summary>Registers <paramref name="email"/> on /register from a signed-out browser and waits until the page shows it signed in.</summary>
    public void RegisterInBrowser(string email)
    {
        SignedOutAt("/register");
        Driver.FindElement(By.Id("register-email")).SendKeys(email);
        Driver.FindElement(By.Id("register-password")).SendKeys(Password);
        Driver.FindElement(By.Id("register-confirm")).SendKeys(Password);
        Driver.FindElement(By.Id("register-submit")).Click();
        Browser.WaitFor(d => d.FindElement(By.Id("signed-in-as")).Text == email, "signed in after registering");
    }

    /// <summary>A new account, made through the API, and a client signed in as it with a bearer token.</summary>
    public async Task<(string Email, HttpClient Api)> RegisterAsync(string prefix = "owner")
    {
        var email = NewEmail(prefix);
        var registered = await fixture.Dock.Http.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password });
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        return (email, await ApiAsync(email, Password));
    }

    /// <summary>A client that carries an access token of <paramref name="email"/>.</summary>
    public async Task<HttpClient> ApiAsync(string email, string password)
    {
        var login = await LoginAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var api = new HttpClient { BaseAddress = fixture.Dock.Address, Timeout = TimeSpan.FromMinutes(2) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return api;
    }

    /// <summary>The API's answer to signing in with these credentials.</summary>
    public Task<HttpResponseMessage> LoginAsync(string email, string password) =>
        fixture.Dock.Http.PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    /// <summary>Signs in on /login from a signed-out browser and waits for the page <paramref name="then"/> it returns to.</summary>
    public void SignIn(string email, string password, string then)
    {
        SignedOutAt($"/login?returnUrl={Uri.EscapeDataString(then)}");
        Driver.FindElement(By.Id("login-email")).SendKeys(email);
        Driver.FindElement(By.Id("login-password")).SendKeys(password);
        Driver.FindElement(By.Id("login-submit")).Click();
        Assert.Equal(email, Browser.WaitFor(d => d.FindElement(By.Id("signed-in-as")), "signed in").Text);
        Browser.WaitFor(d => d.Url.EndsWith(then, StringComparison.Ordinal), $"the page {then}");
    }

    /// <summary>Signs out with the header's button.</summary>
    public void SignOut()
    {
        Driver.FindElement(By.Id("sign-out")).Click();
        Browser.WaitFor(d => d.FindElement(By.Id("sign-in")), "signed out");
    }

    /// <summary>Drops the browser's cookies (signing it out) and opens <paramref name="path"/>.</summary>
    public void SignedOutAt(string path)
    {
        fixture.Open("/");
        Driver.Manage().Cookies.DeleteAllCookies();
        fixture.Open(path);
    }
}
