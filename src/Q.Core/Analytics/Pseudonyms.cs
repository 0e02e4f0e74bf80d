using System.Security.Cryptography;
using System.Text;

namespace Q.Core.Analytics;

/// <summary>
/// Stable pseudonyms for member ids: <c>p-</c> and 16 base32 characters (80 bits) of HMAC-SHA256 of the id under a
/// key kept in the data folder (<c>pseudonym.key</c>, 256 random bits, created on first use, readable by its owner
/// only). The same member has the same pseudonym in every export and every evaluator's API response of one
/// deployment, so the two can be joined; without the key a pseudonym cannot be turned back into an id.
/// Deleting the key makes every later pseudonym different (earlier exports can no longer be joined).
/// </summary>
public sealed class Pseudonyms
{
    public const string FileName = "pseudonym.key";
    public const string Prefix = "p-";
    private const string Base32 = "abcdefghijklmnopqrstuvwxyz234567";

    private readonly byte[] _key;

    public Pseudonyms(byte[] key)
    {
        if (key.Length < 32) throw new ArgumentException("a pseudonym key has at least 256 bits", nameof(key));
        _key = (byte[])key.Clone();
    }

    /// <summary>The data folder's pseudonym key, created (owner-only) when missing.</summary>
    public static Pseudonyms LoadOrCreate(string dataDirectory) =>
        new(Security.KeyFile.LoadOrCreate(dataDirectory, FileName, "a pseudonym key"));

    public string Of(string memberId)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(memberId), mac);
        // 16 base32 characters = the first 80 bits of the MAC.
        var text = new StringBuilder(Prefix, Prefix.Length + 16);
        ulong buffer = 0;
        var bits = 0;
        var index = 0;
        while (text.Length < Prefix.Length + 16)
        {
            if (bits < 5)
            {
                buffer = (buffer << 8) | mac[index++];
                bits += 8;
            }
            text.Append(Base32[(int)((buffer >> (bits - 5)) & 31)]);
            bits -= 5;
        }
        return text.ToString();
    }
}
