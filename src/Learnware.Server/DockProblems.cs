using Learnware.Market.Storage;
using Learnware.Packaging;
using Learnware.Specifications;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Learnware.Server;

/// <summary>
/// Turns the engine's exceptions into RFC 9457 problem details with the status code that says what went wrong:
/// an unreadable package or an invalid semantic specification 422 (naming each bad field), a duplicate 409, an unknown id 404, a malformed request 400, a body too large 413.
/// </summary>
public sealed class DockProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            DockRequestException e => WithExtensions(Problem(e.StatusCode, e.Title, e.Message), e.Extensions),
            SemanticSpecificationInvalidException e => WithViolations(Problem(StatusCodes.Status422UnprocessableEntity,
                "Invalid semantic specification", e.Message), e),
            PackageFormatException e => Problem(StatusCodes.Status422UnprocessableEntity, "Not a readable learnware package", e.Message),
            DuplicatePackageException e => WithExisting(Problem(StatusCodes.Status409Conflict, "Package already in the dock",
                $"the same package is learnware {e.ExistingLearnwareId} version {e.ExistingVersion}"), e),
            LearnwareNotFoundException e => Problem(StatusCodes.Status404NotFound, "No such learnware", e.Message),
            SpecificationException e => Problem(StatusCodes.Status400BadRequest, "Invalid specification", e.Message),
            BadHttpRequestException e => Problem(e.StatusCode, "Bad request", e.Message),
            _ => null,
        };
        if (problem is null)
            return false;
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails WithExtensions(ProblemDetails problem, IReadOnlyDictionary<string, object?> extensions)
    {
        foreach (var (name, value) in extensions)
            problem.Extensions[name] = value;
        return problem;
    }

    private static ProblemDetails WithViolations(ProblemDetails problem, SemanticSpecificationInvalidException e)
    {
        problem.Extensions["violations"] = e.Violations.Select(v => new { path = v.Path, message = v.Message }).ToArray();
        return problem;
    }

    private static ProblemDetails WithExisting(ProblemDetails problem, DuplicatePackageException e)
    {
        problem.Extensions["existingId"] = e.ExistingLearnwareId;
        problem.Extensions["existingVersion"] = e.ExistingVersion;
        return problem;
    }
}
