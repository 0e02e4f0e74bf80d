using GraphQL.Types;

namespace Q.GraphQL.Types;

/// <summary>Visibility settings and the employer consent; read as a dictionary so absent settings stay as they are.</summary>
public sealed class VisibilityInputGraphType : InputObjectGraphType
{
    public VisibilityInputGraphType()
    {
        Name = "VisibilityInput";
        Description = "Who may see each part of your profile. Leave a setting out to keep it. Every change is recorded with its time.";
        foreach (var field in Q.Core.Model.ProfileVisibility.FieldNames)
            Field<VisibilityGraphType>(field).Description($"Who may see your {field}.");
        Field<BooleanGraphType>("employer").Description("Whether your organisation's employer account may see you, by name, with your topics.");
        Field<BooleanGraphType>(Q.Core.Model.ProfileVisibility.SuggestionsOptOutField).Description("True to leave suggested connections: you are given none and suggested to no one.");
        Field<BooleanGraphType>(Q.Core.Model.ProfileVisibility.NotificationsOptOutField).Description("True to receive no emails from Q: no profile reminders and no digests.");
    }
}
