using Spokes.Explore.Formatting;
using System.Globalization;
using System.Text;

namespace Spokes.Explore.Discovery;

/// <summary>The boxes (leaves) of a CART tree, highest mean (density) first. Immutable.</summary>
public sealed record CartResult(IReadOnlyList<CartBox> Boxes, bool Binary, int Rows, int CasesOfInterest, int Nodes)
{
    /// <summary>A table of the boxes with their statistics and rules.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        sb.AppendLine(Binary
            ? Inv($"CART: {Boxes.Count} boxes (leaves) from {Rows} rows, {CasesOfInterest} cases of interest; highest density first")
            : Inv($"CART (regression): {Boxes.Count} boxes (leaves) from {Rows} rows; highest mean first"));
        var t = Binary
            ? new TextTable(("box", true), ("coverage", true), ("density", true), ("mass", true), ("rows", true), ("rule", false))
            : new TextTable(("box", true), ("mean", true), ("mass", true), ("rows", true), ("rule", false));
        int i = 1;
        foreach (var b in Boxes)
        {
            if (Binary) t.Add(Inv($"{i++}"), F3(b.Coverage), F3(b.Density), F3(b.Mass), Inv($"{b.Rows}"), b.Rule);
            else t.Add(Inv($"{i++}"), b.Mean.ToString("G4", CultureInfo.InvariantCulture), F3(b.Mass), Inv($"{b.Rows}"), b.Rule);
        }
        t.WriteTo(sb);
        return sb.ToString();
    }

    private static string F3(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
