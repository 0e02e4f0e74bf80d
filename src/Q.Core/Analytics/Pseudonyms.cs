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
    public static Pseudonyms LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(dataDirectory);
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            try
            {
                // CreateNew: if two processes race, the loser reads the winner's key instead of replacing it.
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using var stream = new FileStream(path, options);
                using var writer = new StreamWriter(stream);
                writer.Write(fresh);
            }
            catch (IOException) when (File.Exists(path))
            {
            }
        }
        byte[] key;
        try
        {
            key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        catch (FormatException)
        {
            throw new InvalidDataException($"{path} is not a pseudonym key (base64); restore it from a backup, or delete it to make a new one.");
        }
        if (key.Length < 32) throw new InvalidDataException($"{path} holds a key shorter than 256 bits; delete it to make a new one.");
        return new Pseudonyms(key);
    }

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
