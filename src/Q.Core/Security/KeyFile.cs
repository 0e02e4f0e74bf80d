using System.Security.Cryptography;

namespace Q.Core.Security;

/// <summary>
/// A secret kept in the data folder as 256 random bits in base64, created on first use and readable by its owner
/// only (the token signing key, the pseudonym key). One implementation, so every key file is made and checked alike.
/// </summary>
public static class KeyFile
{
    public const int MinimumBytes = 32;

    /// <param name="what">What the key is, for the error a damaged file gets (e.g. "a pseudonym key").</param>
    public static byte[] LoadOrCreate(string dataDirectory, string fileName, string what)
    {
        var path = Path.Combine(dataDirectory, fileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(dataDirectory);
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes));
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
            throw new InvalidDataException($"{path} is not {what} (base64); restore it from a backup, or delete it to make a new one.");
        }
        if (key.Length < MinimumBytes) throw new InvalidDataException($"{path} holds a key shorter than 256 bits; delete it to make a new one.");
        return key;
    }
}
