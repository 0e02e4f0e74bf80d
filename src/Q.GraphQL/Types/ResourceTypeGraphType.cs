using Q.Core.Model;

namespace Q.GraphQL.Types;

/// <summary>The kind of resource a member shared.</summary>
public sealed class ResourceTypeGraphType() : DescribedEnumGraphType<ResourceType>("ResourceType",
    "The kind of resource a member shared.",
    new Dictionary<ResourceType, string>
    {
        [ResourceType.CaseStudy] = "An account of an improvement and what happened.",
        [ResourceType.Tool] = "A tool or template to use.",
        [ResourceType.Report] = "A report or evaluation.",
        [ResourceType.Guide] = "A how-to guide.",
        [ResourceType.Article] = "An article or blog post.",
        [ResourceType.Video] = "A video or recorded talk.",
        [ResourceType.Other] = "Anything else.",
    });
