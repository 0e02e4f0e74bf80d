namespace Q.Core.Suggest;

/// <summary>Why a member is suggested, in words the asking member can check against the evidence it names.</summary>
public enum ReasonKind { MutualConnections, SharedTopics, Expertise, SharedProject, SameOrganisation, Bridging, Profile }

/// <summary>One reason: a kind, a sentence, and the ids (members, topics, projects, organisations) it rests on.</summary>
public sealed record Reason(ReasonKind Kind, string Text, IReadOnlyList<string> Evidence);

/// <summary>A suggested connection for a member: who, how strongly (higher is better), and why.</summary>
public sealed record Suggestion(string MemberId, double Score, IReadOnlyList<Reason> Reasons);
