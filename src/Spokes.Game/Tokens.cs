using System.Security.Cryptography;
using System.Text;

namespace Spokes.Game;

/// <summary>
/// Role tokens: 256 random bits from the OS's cryptographic generator, base64url (43 characters), so they cannot be
/// guessed; only their SHA-256 is stored, and comparisons are of hashes, so the store never holds a usable token.
/// </summary>
public static class Tokens
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A short random id for a game (not a secret: the tokens guard it).</summary>
    public static string NewGameId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
