namespace Learnware.Server.Tests;

/// <summary>The kinds of caller the authorization matrix tries every endpoint with.</summary>
public enum MatrixCaller
{
    /// <summary>No credentials.</summary>
    Anonymous,

    /// <summary>Another account's read-write API token: not the owner of the learnware acted on.</summary>
    User,

    /// <summary>The owner's read-write API token.</summary>
    Owner,

    /// <summary>The admin's read-write API token.</summary>
    Admin,

    /// <summary>The owner signed in with the password: an Identity bearer access token.</summary>
    Session,

    /// <summary>The owner's read-only API token.</summary>
    ReadOnly,

    /// <summary>The owner's expired API token.</summary>
    Expired,

    /// <summary>The owner's revoked API token.</summary>
    Revoked,
}
