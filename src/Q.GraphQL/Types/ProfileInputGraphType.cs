using GraphQL.Types;

namespace Q.GraphQL.Types;

/// <summary>
/// The fields a member may change about themselves. There is deliberately no id, join date or visibility here:
/// what an input does not have cannot be mass-assigned. Read as a dictionary so "absent" and "null" differ.
/// </summary>
public sealed class ProfileInputGraphType : InputObjectGraphType
{
    public ProfileInputGraphType()
    {
        Name = "ProfileInput";
        Description = "Changes to your own profile. Leave a field out to keep it; set an optional one to null to clear it.";
        Field<StringGraphType>("name").Description("Your name (required, so it cannot be cleared).");
        Field<StringGraphType>("headline").Description("A one-line summary of what you do.");
        Field<StringGraphType>("bio").Description("A longer introduction.");
        Field<StringGraphType>("email").Description("Your email address (private unless you choose otherwise).");
        Field<StringGraphType>("phone").Description("Your phone number (private unless you choose otherwise).");
        Field<RoleGraphType>("role").Description("What you mainly do.");
        Field<IdGraphType>("region").Description("Your region's id.");
        Field<IdGraphType>("organisation").Description("Your organisation's id (an existing organisation).");
        Field<ListGraphType<NonNullGraphType<MemberTopicInputGraphType>>>("topics").Description("All your topics (replaces the list).");
    }
}
