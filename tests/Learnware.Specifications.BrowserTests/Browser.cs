using OpenQA.Selenium.Chrome;

namespace Learnware.Specifications.BrowserTests;

/// <summary>Debian's chromium, headless, driven by Debian's chromedriver: nothing is downloaded at run time.</summary>
public static class Browser
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriver = "/usr/bin/chromedriver";

    /// <summary>A new headless session; fails naming the Debian packages when they are missing.</summary>
    public static ChromeDriver Start()
    {
        Assert.True(File.Exists(Chromium) && File.Exists(ChromeDriver),
            $"{Chromium} and {ChromeDriver} are needed (Debian packages chromium and chromium-driver; scripts/install-prereqs.sh installs them)");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        // No sandbox: CI runs the tests as root in a container, where chromium's sandbox cannot start.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000");
        return new ChromeDriver(service, options, TimeSpan.FromMinutes(3));
    }
}
