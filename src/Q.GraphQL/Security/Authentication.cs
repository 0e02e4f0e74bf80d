using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Q.Graph;

namespace Q.GraphQL.Security;

public static class Authentication
{
    /// <summary>
    /// Bearer tokens: Q's own (signed with the data folder's key) unless <see cref="AuthOptions.Authority"/> names an
    /// OpenID Connect issuer. A request without a token is anonymous; one with a bad token is refused (401).
    /// </summary>
    public static IHostApplicationBuilder AddQAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, IOptions<GraphStoreOptions>>((jwt, auth, store) =>
            {
                jwt.MapInboundClaims = false;
                jwt.Audience = auth.Value.Audience;
                if (!string.IsNullOrWhiteSpace(auth.Value.Authority))
                {
                    jwt.Authority = auth.Value.Authority;
                    jwt.TokenValidationParameters.RoleClaimType = QClaims.Role;
                    return;
                }
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Value.Issuer,
                    ValidAudience = auth.Value.Audience,
                    IssuerSigningKey = SigningKey.LoadOrCreate(store.Value.DataDirectory),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ClockSkew = TimeSpan.FromMinutes(1),
                    NameClaimType = QClaims.Subject,
                    RoleClaimType = QClaims.Role,
                };
            });
        return builder;
    }
}
