using System.Globalization;

namespace Learnware.Server;

/// <summary>How the dock runs: where its data lives, whether it seeds a demo market, and the verification queue's settings.</summary>
public sealed record DockOptions
{
    /// <summary>The environment variable naming the data folder.</summary>
    public const string DataVariable = "LEARNWARE_DOCK_DATA";

    /// <summary>The environment variable naming a database for the market's records (PostgreSQL), as the CLI reads it.</summary>
    public const string DatabaseVariable = "LEARNWARE_MARKET_DATABASE";

    /// <summary>The environment variable that, set to <c>false</c>, skips seeding as <c>--no-seed</c> does.</summary>
    public const string SeedVariable = "LEARNWARE_DOCK_SEED";

    /// <summary>The environment variable giving <see cref="CheckTimeLimit"/> in seconds.</summary>
    public const string CheckTimeLimitVariable = "LEARNWARE_DOCK_CHECK_TIME_LIMIT";

    /// <summary>The environment variable giving <see cref="AbandonedClaimAge"/> in seconds.</summary>
    public const string AbandonedClaimAgeVariable = "LEARNWARE_DOCK_ABANDONED_CLAIM_AGE";

    /// <summary>The environment variable giving <see cref="QueuePollInterval"/> in seconds.</summary>
    public const string QueuePollIntervalVariable = "LEARNWARE_DOCK_QUEUE_POLL_INTERVAL";

    /// <summary>The environment variable holding the admin account's password for the first start.</summary>
    public const string AdminPasswordVariable = "LEARNWARE_DOCK_ADMIN_PASSWORD";

    /// <summary>The address the dock listens on unless <c>--urls</c> says otherwise: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The data folder: market and account records (SQLite), package blobs, data protection keys.</summary>
    public required string DataFolder { get; init; }

    /// <summary>A database connection string for the market's records, or null for SQLite in the data folder.</summary>
    public string? MarketDatabase { get; init; }

    /// <summary>Whether an empty dock is seeded with the demo learnwares on start.</summary>
    public bool Seed { get; init; } = true;

    /// <summary>Whether this process only verifies (no HTTP API), against a database shared with a dock.</summary>
    public bool WorkerOnly { get; init; }

    /// <summary>Whether this process runs the verification queue.</summary>
    public bool RunQueue { get; init; } = true;

    /// <summary>How long one version's checks may run before the version is rejected for it.</summary>
    public TimeSpan CheckTimeLimit { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the queue waits before looking again when nothing is pending.</summary>
    public TimeSpan QueuePollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How old a claim must be before it counts as abandoned by a stopped verifier and goes back to pending. By default
    /// past the check time limit, so a verifier still at work never loses its version; a shorter age suits a single
    /// dock that restarts after a crash (its own claims from before the crash are the only ones), and tests.
    /// </summary>
    public TimeSpan AbandonedClaimAge
    {
        get => _abandonedClaimAge ?? CheckTimeLimit + TimeSpan.FromSeconds(30);
        init => _abandonedClaimAge = value;
    }

    private readonly TimeSpan? _abandonedClaimAge;

    /// <summary>The largest package an upload may carry.</summary>
    public long MaxPackageBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// The largest semantic specification (UTF-8 bytes) an upload may send to replace its package's own: ample for a
    /// table of tens of thousands of described features, and far below <see cref="MaxPackageBytes"/>, which would
    /// otherwise bound text that is parsed in one piece.
    /// </summary>
    public long MaxSemanticBytes { get; init; } = 4L * 1024 * 1024;

    /// <summary>How long a chunked upload is kept, from its start, before it expires and its parts are removed.</summary>
    public TimeSpan UploadLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How many chunked uploads one account may have open at once.</summary>
    public int MaxOpenUploads { get; init; } = 8;

    /// <summary>The folder of chunked uploads in progress (their parts survive a restart).</summary>
    public string UploadFolder => Path.Combine(DataFolder, "uploads");

    /// <summary>The admin account's password on the first start, or null for a random one written once to the log.</summary>
    public string? AdminPassword { get; init; }

    /// <summary>How many wrong passwords in a row lock an account.</summary>
    public int MaxFailedSignIns { get; init; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-ins (and token refreshes) per client address.</summary>
    public RateLimit SignInLimit { get; init; } = new(30, TimeSpan.FromMinutes(1));

    /// <summary>Registrations per client address.</summary>
    public RateLimit RegistrationLimit { get; init; } = new(20, TimeSpan.FromMinutes(10));

    /// <summary>Uploads per account.</summary>
    public RateLimit UploadLimit { get; init; } = new(60, TimeSpan.FromMinutes(1));

    /// <summary>Searches per account, or per client address for anonymous callers.</summary>
    public RateLimit SearchLimit { get; init; } = new(600, TimeSpan.FromMinutes(1));

    /// <summary>The default data folder: <c>~/.learnware-dock/dock</c>.</summary>
    public static string DefaultDataFolder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".learnware-dock", "dock");

    /// <summary>Options from the command line (<c>--no-seed</c>, <c>--worker-only</c>) and the environment.</summary>
    /// <exception cref="ArgumentException">A duration variable is set to something other than a positive number of seconds.</exception>
    public static DockOptions From(IReadOnlyCollection<string> args, Func<string, string?> environment)
    {
        var options = new DockOptions
        {
            DataFolder = environment(DataVariable) is { Length: > 0 } data ? Path.GetFullPath(data) : DefaultDataFolder,
            MarketDatabase = environment(DatabaseVariable) is { Length: > 0 } database ? database : null,
            Seed = !args.Contains("--no-seed") && !string.Equals(environment(SeedVariable), "false", StringComparison.OrdinalIgnoreCase),
            WorkerOnly = args.Contains("--worker-only"),
            AdminPassword = environment(AdminPasswordVariable) is { Length: > 0 } password ? password : null,
        };
        if (Seconds(environment, CheckTimeLimitVariable) is { } limit)
            options = options with { CheckTimeLimit = limit };
        if (Seconds(environment, QueuePollIntervalVariable) is { } poll)
            options = options with { QueuePollInterval = poll };
        if (Seconds(environment, AbandonedClaimAgeVariable) is { } age)
            options = options with { AbandonedClaimAge = age };
        return options;
    }

    private static TimeSpan? Seconds(Func<string, string?> environment, string variable)
    {
        if (environment(variable) is not { Length: > 0 } text)
            return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || !double.IsFinite(seconds) ||
            seconds <= 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
            throw new ArgumentException($"{variable} must be a positive number of seconds, got '{text}'", nameof(environment));
        return TimeSpan.FromSeconds(seconds);
    }
}
