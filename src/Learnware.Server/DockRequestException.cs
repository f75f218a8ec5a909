namespace Learnware.Server;

/// <summary>A request the dock refuses, with the status code and a title for its problem details.</summary>
public sealed class DockRequestException(int statusCode, string title, string detail) : Exception(detail)
{
    public int StatusCode { get; } = statusCode;

    public string Title { get; } = title;

    public static DockRequestException BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static DockRequestException Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static DockRequestException NotFound(string detail) => new(StatusCodes.Status404NotFound, "Not found", detail);
}
