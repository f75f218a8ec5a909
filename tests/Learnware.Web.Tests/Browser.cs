using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Learnware.Web.Tests;

/// <summary>
/// Debian's chromium, headless, driven through Debian's chromedriver; nothing is downloaded. Missing either is a
/// failure that says how to install them, never a skip.
/// </summary>
public sealed class Browser : IDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium", DriverFolder = "/usr/bin", DriverName = "chromedriver";

    public Browser()
    {
        foreach (var required in new[] { ChromiumPath, Path.Combine(DriverFolder, DriverName) })
            if (!File.Exists(required))
                throw new FileNotFoundException(
                    $"{required} is missing: the web UI tests need Debian's chromium and chromium-driver (run scripts/install-prereqs.sh as root)", required);
        var service = ChromeDriverService.CreateDefaultService(DriverFolder, DriverName);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000",
            "--lang=en-GB");
        Driver = new ChromeDriver(service, options, TimeSpan.FromMinutes(2));
    }

    public ChromeDriver Driver { get; }

    /// <summary>Waits (up to <paramref name="seconds"/>, 30 s unless told) until <paramref name="condition"/> holds and returns its value.</summary>
    public T WaitFor<T>(Func<IWebDriver, T> condition, string what, int seconds = 30)
    {
        var wait = new WebDriverWait(Driver, TimeSpan.FromSeconds(seconds)) { Message = $"waiting for {what}" };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait.Until(condition);
    }

    /// <summary>
    /// Saves a screenshot of the whole page (the window stretched to its height, up to 4000 pixels) as
    /// <c>docs/screenshots/{name}.png</c>.
    /// </summary>
    public void Screenshot(string name)
    {
        Directory.CreateDirectory(WebTestPaths.Screenshots);
        var window = Driver.Manage().Window;
        var size = window.Size;
        var height = Convert.ToInt32(Driver.ExecuteScript("return document.documentElement.scrollHeight"), System.Globalization.CultureInfo.InvariantCulture);
        window.Size = new System.Drawing.Size(size.Width, Math.Clamp(height + (size.Height - ViewportHeight()), size.Height, 4000));
        Driver.GetScreenshot().SaveAsFile(Path.Combine(WebTestPaths.Screenshots, name + ".png"));
        window.Size = size;
    }

    private int ViewportHeight() =>
        Convert.ToInt32(Driver.ExecuteScript("return window.innerHeight"), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => Driver.Quit();
}
