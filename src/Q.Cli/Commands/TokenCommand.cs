using System.CommandLine;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Graph;
using Q.GraphQL.Security;

namespace Q.Cli.Commands;

internal static class TokenCommand
{
    public static Command Create(CliConsole console)
    {
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", RoleNames.Signed)}.", Required = true };
        role.AcceptOnlyFromAmong([.. RoleNames.Signed]);
        var member = new Option<string?>("--member") { Description = "The member a member token acts as (required with --role member)." };
        var organisation = new Option<string?>("--organisation") { Description = "The organisation an employer token is scoped to (required with --role employer)." };
        var region = new Option<string?>("--region") { Description = "The region a panel token is scoped to (required with --role panel)." };
        var names = new Option<bool>("--names") { Description = "Let an evaluator token see members' names and ids in connectivity figures (default: pseudonyms only)." };
        var days = new Option<int>("--days") { Description = "How long the token is valid, 1 to 365 days.", DefaultValueFactory = _ => 30 };
        days.Validators.Add(r =>
        {
            if (r.Tokens is [var t] && int.TryParse(t.Value, out var d) && d is < 1 or > 365) r.AddError("--days must be between 1 and 365.");
        });
        var dataDir = CommonOptions.DataDir();
        var command = new Command("token", "Print a bearer token for a role, signed with this data folder's key (the issuance is audited).")
        {
            role, member, organisation, region, names, days, dataDir,
        };
        command.SetAction((parse, ct) => Guard.RunAsync(console, async () =>
        {
            RoleNames.TryParse(parse.GetValue(role), out var accessRole);
            var viewer = new Viewer(accessRole, parse.GetValue(member), parse.GetValue(organisation), parse.GetValue(region)) { NamesGranted = parse.GetValue(names) };
            if (viewer.NamesGranted && accessRole != AccessRole.Evaluator)
                throw new CliException("--names is for --role evaluator only (an admin always sees names; other roles see no connectivity figures).");
            return await RunAsync(console, viewer, parse.GetValue(days), parse.GetValue(dataDir)!, ct);
        }));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, Viewer viewer, int days, string dataDir, CancellationToken ct)
    {
        await using var store = await GraphStores.OpenAsync(CommonOptions.GraphOptions(dataDir), ct);
        await RequireScopeAsync(store, viewer, ct);
        var token = new TokenIssuer(SigningKey.LoadOrCreate(dataDir), new AuthOptions()).Issue(viewer, TimeSpan.FromDays(days));
        await store.ExecuteWriteAsync(async (w, token) =>
        {
            await w.AppendAuditAsync([new AuditEntry(DateTimeOffset.UtcNow, "cli", "token.issue", viewer.Actor, $"role={RoleNames.Of(viewer.Role)},days={days}{(viewer.NamesGranted ? ",names" : "")}")], token);
            return 0;
        }, ct);
        await console.Out.WriteLineAsync(token);
        return 0;
    }

    /// <summary>Each role's scope must be given and must exist; a scope that does not belong to the role is refused.</summary>
    private static async Task RequireScopeAsync(IGraphStore store, Viewer viewer, CancellationToken ct)
    {
        var (needs, other) = viewer.Role switch
        {
            AccessRole.Member => ("--member", viewer.OrganisationId is not null || viewer.RegionId is not null),
            AccessRole.Employer => ("--organisation", viewer.MemberId is not null || viewer.RegionId is not null),
            AccessRole.Panel => ("--region", viewer.MemberId is not null || viewer.OrganisationId is not null),
            _ => ((string?)null, viewer.MemberId is not null || viewer.OrganisationId is not null || viewer.RegionId is not null),
        };
        if (other) throw new CliException($"--role {RoleNames.Of(viewer.Role)} takes {(needs is null ? "no scope" : $"only {needs}")}.");
        switch (viewer.Role)
        {
            case AccessRole.Member when viewer.MemberId is null:
            case AccessRole.Employer when viewer.OrganisationId is null:
            case AccessRole.Panel when viewer.RegionId is null:
                throw new CliException($"--role {RoleNames.Of(viewer.Role)} needs {needs}.");
            case AccessRole.Member when (await store.FindExistingAsync(RecordKind.Member, [viewer.MemberId!], ct)).Count == 0:
                throw new CliException($"there is no member '{viewer.MemberId}' in this data folder.");
            case AccessRole.Employer when (await store.FindExistingAsync(RecordKind.Organisation, [viewer.OrganisationId!], ct)).Count == 0:
                throw new CliException($"there is no organisation '{viewer.OrganisationId}' in this data folder.");
            case AccessRole.Panel when Region.Find(viewer.RegionId) is null:
                throw new CliException($"'{viewer.RegionId}' is not a Q region.");
        }
    }
}
