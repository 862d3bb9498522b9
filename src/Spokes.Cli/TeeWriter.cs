using System.Text;

namespace Spokes.Cli;

/// <summary>Writes to the console and keeps a copy, so `--out DIR` can save exactly the report that was printed.</summary>
internal sealed class TeeWriter(TextWriter console, StringWriter copy) : TextWriter
{
    public override Encoding Encoding => console.Encoding;

    public override void Write(char value) { console.Write(value); copy.Write(value); }

    public override void Write(string? value) { console.Write(value); copy.Write(value); }

    public override void WriteLine(string? value) { console.WriteLine(value); copy.Write(value); copy.Write('\n'); }

    public override void WriteLine() { console.WriteLine(); copy.Write('\n'); }

    public override void Flush() => console.Flush();
}
