using Q.Core.Model;

namespace Q.GraphQL.Types;

/// <summary>Who may see a part of a profile.</summary>
public sealed class VisibilityGraphType() : DescribedEnumGraphType<Visibility>("Visibility",
    "Who may see a part of a member's profile. The member always sees all of their own.",
    new Dictionary<Visibility, string>
    {
        [Visibility.Public] = "Anyone, signed in or not.",
        [Visibility.Members] = "Signed-in Q members.",
        [Visibility.Private] = "Only the member (and administrators).",
    });
