namespace Spokes.Scenarios.Export;

/// <summary>Writes a file through a temporary sibling and a rename, so a reader never sees a half-written file.</summary>
public static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write) =>
        Replace(path, temp =>
        {
            using var w = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            write(w);
        });

    /// <summary>The same for bytes (a PNG).</summary>
    public static void WriteBytes(string path, byte[] bytes) => Replace(path, temp => File.WriteAllBytes(temp, bytes));

    /// <summary>Lets <paramref name="writeTemp"/> write the temporary sibling whole (and close it), then renames it over
    /// <paramref name="path"/>; the temporary file never outlives a failure.</summary>
    private static void Replace(string path, Action<string> writeTemp)
    {
        var full = Path.GetFullPath(path);
        var temp = full + ".tmp-" + Environment.ProcessId;
        try
        {
            writeTemp(temp);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
