using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Learnware.Server;

/// <summary>
/// Reads the package of an upload: a multipart form whose field <c>package</c> is the zip. The form is read section by
/// section straight into memory rather than through <see cref="HttpRequest.ReadFormAsync(CancellationToken)"/>, which
/// buffers large files in the temporary folder: a dock killed during an upload would leave such a file behind for
/// good, while the package is held in memory for the checks anyway.
/// </summary>
internal static class UploadedPackage
{
    public const string Field = "package";

    /// <summary>The package's bytes.</summary>
    /// <exception cref="DockRequestException">
    /// Not a multipart form (415), a malformed one, no package field or an empty one (400), too large (413).
    /// </exception>
    public static async Task<byte[]> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) ||
            !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            throw new DockRequestException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"upload the package as multipart/form-data with a file field '{Field}'");
        if (request.ContentLength > maxBytes)
            throw TooLarge(maxBytes);
        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
            throw DockRequestException.BadRequest("the multipart/form-data content type has no boundary");

        var reader = new MultipartReader(boundary, request.Body);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) &&
                    disposition.IsFileDisposition() && HeaderUtilities.RemoveQuotes(disposition.Name).Equals(Field, StringComparison.Ordinal))
                    return await ReadPackageAsync(section.Body, request.ContentLength, maxBytes, cancellationToken);
                // Another field: skipped unread (MultipartReader drains it when moving to the next section).
            }
        }
        catch (InvalidDataException e)
        {
            throw DockRequestException.BadRequest($"the multipart/form-data body cannot be read: {e.Message}");
        }

        throw DockRequestException.BadRequest($"the form has no file field '{Field}'");
    }

    private static async Task<byte[]> ReadPackageAsync(Stream body, long? contentLength, long maxBytes, CancellationToken cancellationToken)
    {
        // Sized from the request when it says how long it is, so the buffer grows at most once or twice.
        using var package = new MemoryStream((int)Math.Min(contentLength ?? 0, Math.Min(maxBytes, Array.MaxLength)));
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (package.Length + read > maxBytes)
                throw TooLarge(maxBytes);
            package.Write(chunk, 0, read);
        }

        if (package.Length == 0)
            throw DockRequestException.BadRequest($"the file in '{Field}' is empty");
        return package.ToArray();
    }

    private static DockRequestException TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "Package too large", $"a package may have at most {maxBytes} bytes");
}
