using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Q.Core.Model;

namespace Q.GraphQL.Security;

/// <summary>Issues Q's own bearer tokens (HMAC-SHA256 JWTs) for a role and its scope.</summary>
public sealed class TokenIssuer(SymmetricSecurityKey key, AuthOptions options, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public string Issue(Viewer viewer, TimeSpan lifetime)
    {
        var claims = new List<Claim> { new(QClaims.Subject, viewer.Actor), new(QClaims.Role, RoleNames.Of(viewer.Role)) };
        if (viewer.MemberId is { } member) claims.Add(new Claim(QClaims.Member, member));
        if (viewer.OrganisationId is { } organisation) claims.Add(new Claim(QClaims.Organisation, organisation));
        if (viewer.RegionId is { } region) claims.Add(new Claim(QClaims.Region, region));
        if (viewer.NamesGranted && viewer.Role == AccessRole.Evaluator) claims.Add(new Claim(QClaims.Names, "true"));
        var now = _clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
