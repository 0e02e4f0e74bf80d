using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Q.GraphQL.Security;

/// <summary>
/// The key Q signs its own tokens with: 256 random bits in <c>signing.key</c> in the data folder, created on
/// first use and readable by its owner only. Deleting the file revokes every token issued so far.
/// </summary>
public static class SigningKey
{
    public const string FileName = "signing.key";

    public static SymmetricSecurityKey LoadOrCreate(string dataDirectory)
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
        var bytes = Convert.FromBase64String(File.ReadAllText(path).Trim());
        if (bytes.Length < 32) throw new InvalidOperationException($"{path} holds a key shorter than 256 bits; delete it to make a new one.");
        return new SymmetricSecurityKey(bytes) { KeyId = "q-local" };
    }
}
