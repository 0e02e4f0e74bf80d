using Microsoft.IdentityModel.Tokens;

namespace Q.GraphQL.Security;

/// <summary>
/// The key Q signs its own tokens with: 256 random bits in <c>signing.key</c> in the data folder, created on
/// first use and readable by its owner only. Deleting the file revokes every token issued so far.
/// </summary>
public static class SigningKey
{
    public const string FileName = "signing.key";

    public static SymmetricSecurityKey LoadOrCreate(string dataDirectory) =>
        new(Q.Core.Security.KeyFile.LoadOrCreate(dataDirectory, FileName, "a signing key")) { KeyId = "q-local" };
}
