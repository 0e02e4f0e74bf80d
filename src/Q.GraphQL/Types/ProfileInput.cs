using GraphQL;
using Q.Core.Model;
using Q.Core.Privacy;
using Q.GraphQL.Errors;

namespace Q.GraphQL.Types;

/// <summary>Reads <c>ProfileInput</c> and <c>VisibilityInput</c> into Q.Core's change records: present fields only.</summary>
internal static class ProfileInput
{
    public static ProfileChanges Read(IResolveFieldContext c)
    {
        var input = c.GetArgument<Dictionary<string, object?>>("input")!;
        Change<string?>? Text(string name) => input.TryGetValue(name, out var v) ? new Change<string?>(v as string) : null;
        return new ProfileChanges
        {
            Name = input.TryGetValue("name", out var name)
                ? new Change<string>(name as string ?? throw new BadUserInputError("input.name", "name cannot be cleared"))
                : null,
            Headline = Text("headline"),
            Bio = Text("bio"),
            Email = Text("email"),
            Phone = Text("phone"),
            Role = input.TryGetValue("role", out var role)
                ? new Change<MemberRole>(role as MemberRole? ?? throw new BadUserInputError("input.role", "role cannot be cleared"))
                : null,
            RegionId = Text("region"),
            OrganisationId = Text("organisation"),
            Topics = input.TryGetValue("topics", out var topics)
                ? new Change<IReadOnlyList<MemberTopic>>(((IEnumerable<object?>?)topics ?? []).Cast<MemberTopic>().ToArray())
                : null,
        };
    }

    public static VisibilityChanges ReadVisibility(IResolveFieldContext c)
    {
        var input = c.GetArgument<Dictionary<string, object?>>("input")!;
        var fields = new Dictionary<string, Visibility>();
        foreach (var field in ProfileVisibility.FieldNames)
        {
            if (!input.TryGetValue(field, out var value)) continue;
            fields[field] = value as Visibility? ?? throw new BadUserInputError($"input.{field}", $"{field} needs a value: PUBLIC, MEMBERS or PRIVATE");
        }
        return new VisibilityChanges
        {
            Fields = fields,
            Employer = input.TryGetValue(ProfileVisibility.EmployerField, out var employer)
                ? employer as bool? ?? throw new BadUserInputError("input.employer", "employer needs true or false")
                : null,
            SuggestionsOptOut = input.TryGetValue(ProfileVisibility.SuggestionsOptOutField, out var optOut)
                ? optOut as bool? ?? throw new BadUserInputError("input.suggestionsOptOut", "suggestionsOptOut needs true or false")
                : null,
            NotificationsOptOut = input.TryGetValue(ProfileVisibility.NotificationsOptOutField, out var noMail)
                ? noMail as bool? ?? throw new BadUserInputError("input.notificationsOptOut", "notificationsOptOut needs true or false")
                : null,
        };
    }
}
