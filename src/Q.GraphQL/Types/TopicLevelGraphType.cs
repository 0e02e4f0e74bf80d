using Q.Core.Model;

namespace Q.GraphQL.Types;

/// <summary>How deeply a member knows a topic.</summary>
public sealed class TopicLevelGraphType() : DescribedEnumGraphType<TopicLevel>("TopicLevel",
    "How deeply a member knows a topic.",
    new Dictionary<TopicLevel, string>
    {
        [TopicLevel.Interest] = "Interested and wants to learn.",
        [TopicLevel.Practitioner] = "Works on it in practice.",
        [TopicLevel.Expert] = "Has deep expertise others can draw on.",
    });
