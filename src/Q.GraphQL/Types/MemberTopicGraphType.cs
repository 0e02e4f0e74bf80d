using GraphQL.Types;
using Q.Core.Model;

namespace Q.GraphQL.Types;

/// <summary>A topic a member works on, with how deeply.</summary>
public sealed class MemberTopicGraphType : ObjectGraphType<MemberTopic>
{
    public MemberTopicGraphType()
    {
        Name = "MemberTopic";
        Description = "A topic a member works on, and how deeply they know it.";
        Field<NonNullGraphType<TopicGraphType>>("topic").Description("The topic.").Resolve(c => c.Loaders().Topic(c.Source.TopicId));
        Field<NonNullGraphType<TopicLevelGraphType>>("level").Description("How deeply the member knows the topic.").Resolve(c => c.Source.Level);
    }
}
