using GraphQL.Types;
using Q.GraphQL.Access;
using Q.GraphQL.Hardening;

namespace Q.GraphQL.Types;

/// <summary>An organisation's members who hold one topic.</summary>
public sealed class TopicSkillGraphType : ObjectGraphType<TopicSkill>
{
    public TopicSkillGraphType()
    {
        Name = "TopicSkill";
        Description = "How many of an organisation's members hold a topic. Counts only members whose topics you may see; for anyone but signed-in members, counts below 5 are suppressed (null).";
        Field<NonNullGraphType<TopicGraphType>>("topic").Description("The topic.").Resolve(c => c.Loaders().Topic(c.Source.TopicId));
        Field<IntGraphType>("count").Description("Members holding the topic at any level; null when suppressed.").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<BooleanGraphType>>("suppressed").Description("True when the count is too small to show you.").Resolve(c => c.Source.Suppressed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LevelCountGraphType>>>>("levels").Description("The count at each level.")
            .WithListSize(QueryCost.ListSizes.Levels).Resolve(c => c.Source.Levels);
        Field<ListGraphType<NonNullGraphType<SkilledMemberGraphType>>>("members")
            .Description("The members, by name: only for this organisation's employer account, and only members who agreed. Null for everyone else.")
            .WithListSize(QueryCost.ListSizes.SkilledMembers).Resolve(c => c.Source.Members);
    }
}

public sealed class LevelCountGraphType : ObjectGraphType<LevelCount>
{
    public LevelCountGraphType()
    {
        Name = "LevelCount";
        Description = "How many members hold a topic at one level; null when suppressed.";
        Field<NonNullGraphType<TopicLevelGraphType>>("level").Description("The level.").Resolve(c => c.Source.Level);
        Field<IntGraphType>("count").Description("The count, or null when suppressed.").Resolve(c => c.Source.Count);
    }
}

public sealed class SkilledMemberGraphType : ObjectGraphType<SkilledMember>
{
    public SkilledMemberGraphType()
    {
        Name = "SkilledMember";
        Description = "A member who holds a topic, shown to their employer with their consent.";
        Field<NonNullGraphType<MemberGraphType>>("member").Description("The member.").Resolve(c => c.Source.Member);
        Field<NonNullGraphType<TopicLevelGraphType>>("level").Description("How deeply they hold the topic.").Resolve(c => c.Source.Level);
    }
}
