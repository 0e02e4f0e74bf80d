using GraphQL.Types;
using Q.Core.Model;

namespace Q.GraphQL.Types;

/// <summary>A topic a member works on, as they set it.</summary>
public sealed class MemberTopicInputGraphType : InputObjectGraphType<MemberTopic>
{
    public MemberTopicInputGraphType()
    {
        Name = "MemberTopicInput";
        Description = "A topic the member works on and how deeply.";
        Field<NonNullGraphType<IdGraphType>>("topic").Description("An existing topic's id.");
        Field<NonNullGraphType<TopicLevelGraphType>>("level").Description("How deeply.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new MemberTopic((string)value["topic"]!, (TopicLevel)value["level"]!);
}
