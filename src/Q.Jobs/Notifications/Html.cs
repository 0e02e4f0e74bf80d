using System.Text;
using System.Text.Encodings.Web;

namespace Q.Jobs.Notifications;

/// <summary>
/// Builds a message's HTML and its plain text side by side. Every piece of text goes through <see cref="HtmlEncoder"/>:
/// names, titles and queries come from members and searchers, so none of it may become markup.
/// </summary>
public sealed class Html
{
    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();
    private bool _inList;

    public Html Heading(string text)
    {
        EndList();
        _html.Append("<h2>").Append(E(text)).Append("</h2>\n");
        _text.Append('\n').Append(text).Append('\n').Append(new string('=', Math.Min(text.Length, 60))).Append('\n');
        return this;
    }

    public Html Paragraph(string text)
    {
        EndList();
        _html.Append("<p>").Append(E(text)).Append("</p>\n");
        _text.Append(text).Append("\n\n");
        return this;
    }

    public Html Item(string text)
    {
        if (!_inList) { _html.Append("<ul>\n"); _inList = true; }
        _html.Append("  <li>").Append(E(text)).Append("</li>\n");
        _text.Append("  - ").Append(text).Append('\n');
        return this;
    }

    /// <summary>A link when the address is http(s), else just the words (no javascript: or data: links).</summary>
    public Html Link(string words, string? url)
    {
        EndList();
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp))
        {
            _html.Append("<p><a href=\"").Append(E(u.AbsoluteUri)).Append("\">").Append(E(words)).Append("</a></p>\n");
            _text.Append(words).Append(": ").Append(u.AbsoluteUri).Append("\n\n");
        }
        else
        {
            Paragraph(words);
        }
        return this;
    }

    public (string Html, string Text) Build(string title)
    {
        EndList();
        var html = $"<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{E(title)}</title></head>\n<body>\n{_html}</body></html>\n";
        return (html, _text.ToString().TrimEnd() + "\n");
    }

    private void EndList()
    {
        if (!_inList) return;
        _html.Append("</ul>\n");
        _text.Append('\n');
        _inList = false;
    }

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
