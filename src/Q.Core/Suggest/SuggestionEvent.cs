namespace Q.Core.Suggest;

/// <summary>What happened to a suggestion: shown to a member, dismissed, a connection requested, or accepted.</summary>
public enum SuggestionEventKind { Shown, Dismissed, Requested, Accepted }

/// <summary>
/// One event of the suggestion feedback loop, kept in the store (docs/suggestions.md): <paramref name="MemberId"/> acted
/// (was shown, dismissed, requested, accepted) about <paramref name="OtherId"/>. Erasing either member removes it.
/// </summary>
public sealed record SuggestionEvent(string MemberId, string OtherId, SuggestionEventKind Kind, DateTimeOffset At);
