using Q.Core.Model;

namespace Q.GraphQL.Types;

/// <summary>Where an improvement project is in its life.</summary>
public sealed class ProjectStatusGraphType() : DescribedEnumGraphType<ProjectStatus>("ProjectStatus",
    "Where an improvement project is in its life.",
    new Dictionary<ProjectStatus, string>
    {
        [ProjectStatus.Planned] = "Not started yet.",
        [ProjectStatus.Active] = "Under way.",
        [ProjectStatus.Completed] = "Finished.",
        [ProjectStatus.Paused] = "Stopped for now.",
    });
