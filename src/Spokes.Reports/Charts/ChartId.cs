using System.Text;

namespace Spokes.Reports.Charts;

/// <summary>Builds chart ids (and PNG file names) from free text: lower-case letters and digits, other runs become '-'.</summary>
public static class ChartId
{
    public static string Slug(string prefix, string text)
    {
        var sb = new StringBuilder(prefix.TrimEnd('-'));
        bool dash = sb.Length > 0;
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(c);
                dash = false;
            }
            else
            {
                dash = true;
            }
        }
        return sb.Length == 0 ? "chart" : sb.ToString();
    }
}
