using System.Diagnostics;

namespace Spokes.Explore.Results;

/// <summary>
/// An exclusive lock on a result directory for one writer at a time (`spokes explore`, with or without --resume).
/// It is an operating-system lock on `DIR/.lock` (on Linux and macOS .NET takes flock(LOCK_EX | LOCK_NB) for
/// <see cref="FileShare.None"/>; on Windows the sharing mode itself), so it is released by the kernel when the process
/// ends in any way, SIGKILL included: a lock file left by a dead process is recognised as stale because nobody holds
/// its lock, and the next writer takes it. `DIR/.lock.owner` records the holder's process id and start time, only for
/// the message a second writer gets (the locked file itself cannot be read while locked). The files stay (removing
/// the lock file would let two writers lock two different files).
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = ".lock", OwnerFile = ".lock.owner";

    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock on <paramref name="directory"/> (created if needed).</summary>
    /// <exception cref="InputException">another process (or another writer in this one) holds it.</exception>
    public static OutputLock Acquire(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
        }
        catch (IOException)
        {
            throw new InputException(directory, 0, 0, "out", $"another spokes run is writing here ({Holder(directory)}): wait for it to finish, or choose another --out");
        }
        using var self = Process.GetCurrentProcess();
        File.WriteAllText(Path.Combine(directory, OwnerFile), $"pid {Environment.ProcessId}, started {self.StartTime.ToUniversalTime():yyyy-MM-ddTHH:mm:ssZ}\n");
        return new OutputLock(stream);
    }

    /// <summary>Whether a live writer holds the lock on <paramref name="directory"/> (readers refuse such a folder).</summary>
    public static bool IsHeld(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) return false;
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
            return false;
        }
        catch (IOException) { return true; }
        catch (UnauthorizedAccessException) { return false; }
    }

    private static string Holder(string directory)
    {
        try { return File.ReadAllText(Path.Combine(directory, OwnerFile)).Trim(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return "its lock is held"; }
    }

    public void Dispose() => _stream.Dispose();
}
