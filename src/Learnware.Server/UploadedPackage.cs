using System.Text;
using Learnware.Packaging;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Learnware.Server;

/// <summary>
/// An upload: a multipart form whose file field <c>package</c> is the zip and whose optional field <c>semantic</c> is a
/// semantic specification (JSON) to store in the package in place of its own. The form is read section by section
/// straight into memory rather than through <see cref="HttpRequest.ReadFormAsync(CancellationToken)"/>, which buffers
/// large files in the temporary folder: a dock killed during an upload would leave such a file behind for good, while
/// the package is held in memory for the checks anyway.
/// </summary>
internal sealed record UploadedPackage(byte[] Package, string? SemanticJson)
{
    public const string Field = "package", SemanticField = "semantic";

    /// <summary>
    /// The package to submit: as uploaded, or repacked with the uploaded semantic specification
    /// (<see cref="LearnwarePacker.WithSemantic"/>).
    /// </summary>
    /// <exception cref="SemanticSpecificationInvalidException">The uploaded specification breaks a rule.</exception>
    /// <exception cref="PackageFormatException">A specification came with a package that cannot be read.</exception>
    public byte[] ToSubmit() => SemanticJson is null ? Package : LearnwarePacker.WithSemantic(Package, SemanticJson);

    /// <summary>The package's bytes and the semantic specification, if one was sent.</summary>
    /// <exception cref="DockRequestException">
    /// Not a multipart form (415), a malformed one, no package field, an empty one, a field twice or a specification that
    /// is not UTF-8 (400), a package over <see cref="DockOptions.MaxPackageBytes"/> or a specification over
    /// <see cref="DockOptions.MaxSemanticBytes"/> (413).
    /// </exception>
    public static async Task<UploadedPackage> ReadAsync(HttpRequest request, DockOptions options, CancellationToken cancellationToken)
    {
        var maxBytes = options.MaxPackageBytes;
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
        byte[]? package = null;
        string? semantic = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                    continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (name == Field && disposition.IsFileDisposition())
                {
                    if (package is not null)
                        throw DockRequestException.BadRequest($"the form has the file field '{Field}' twice");
                    package = await ReadAllAsync(section.Body, request.ContentLength, maxBytes, () => TooLarge(maxBytes), cancellationToken);
                    if (package.Length == 0)
                        throw DockRequestException.BadRequest($"the file in '{Field}' is empty");
                }
                else if (name == SemanticField)
                {
                    if (semantic is not null)
                        throw DockRequestException.BadRequest($"the form has the field '{SemanticField}' twice");
                    semantic = Utf8(await ReadAllAsync(section.Body, null, options.MaxSemanticBytes,
                        () => SemanticTooLarge(options.MaxSemanticBytes), cancellationToken));
                }
                // Another field: skipped unread (MultipartReader drains it when moving to the next section).
            }
        }
        catch (InvalidDataException e)
        {
            throw DockRequestException.BadRequest($"the multipart/form-data body cannot be read: {e.Message}");
        }

        return package is null
            ? throw DockRequestException.BadRequest($"the form has no file field '{Field}'")
            : new UploadedPackage(package, semantic);
    }

    private static string Utf8(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw DockRequestException.BadRequest($"the field '{SemanticField}' is not UTF-8 text");
        }
    }

    /// <summary>
    /// Refuses a semantic specification sent as JSON text (the end of a chunked upload) that is larger than the
    /// multipart field may be.
    /// </summary>
    /// <exception cref="DockRequestException">Over <paramref name="maxBytes"/> UTF-8 bytes (413).</exception>
    public static void CheckSemanticSize(string semanticJson, long maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(semanticJson) > maxBytes)
            throw SemanticTooLarge(maxBytes);
    }

    /// <summary>A body (or a part of one) read whole into memory, refused with <paramref name="tooLarge"/> once it passes <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadAllAsync(Stream body, long? contentLength, long maxBytes, Func<DockRequestException> tooLarge,
        CancellationToken cancellationToken)
    {
        // Sized from the request when it says how long it is, so the buffer grows at most once or twice.
        using var buffer = new MemoryStream((int)Math.Min(contentLength ?? 0, Math.Min(maxBytes, Array.MaxLength)));
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw tooLarge();
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static DockRequestException TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "Package too large", $"a package may have at most {maxBytes} bytes");

    private static DockRequestException SemanticTooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "Semantic specification too large",
            $"the semantic specification in '{SemanticField}' may have at most {maxBytes} bytes (UTF-8)");
}
