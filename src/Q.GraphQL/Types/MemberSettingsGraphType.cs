using GraphQL.Types;
using Q.Core.Model;

namespace Q.GraphQL.Types;

/// <summary>A member's own visibility settings, as they set them.</summary>
public sealed class MemberSettingsGraphType : ObjectGraphType<ProfileVisibility>
{
    public MemberSettingsGraphType()
    {
        Name = "MemberSettings";
        Description = "Who may see each part of a member's profile, and whether their employer may see them.";
        foreach (var field in ProfileVisibility.FieldNames)
            Field<NonNullGraphType<VisibilityGraphType>>(field).Description($"Who may see the {field}.").Resolve(c => c.Source[field]);
        Field<NonNullGraphType<BooleanGraphType>>("employer").Description("Whether the employer account of the member's organisation may see them.").Resolve(c => c.Source.Employer);
        Field<NonNullGraphType<BooleanGraphType>>("suggestionsOptOut").Description("Whether the member has left suggested connections (given none, suggested to no one).").Resolve(c => c.Source.SuggestionsOptOut);
        Field<NonNullGraphType<BooleanGraphType>>(ProfileVisibility.NotificationsOptOutField).Description("Whether the member has asked for no emails from Q (no profile reminders, no digests).").Resolve(c => c.Source.NotificationsOptOut);
    }
}
