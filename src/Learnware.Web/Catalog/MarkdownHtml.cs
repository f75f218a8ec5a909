using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Components;

namespace Learnware.Web.Catalog;

/// <summary>
/// A learnware's markdown description as HTML that is safe to show: Markdig renders it (raw HTML in it is escaped),
/// then HtmlSanitizer keeps only harmless elements and attributes, so no script or handler reaches the page.
/// </summary>
public sealed class MarkdownHtml
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = new();

    /// <summary>The sanitised HTML of <paramref name="markdown"/>.</summary>
    public MarkupString Render(string markdown) =>
        new(_sanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", _pipeline)));
}
