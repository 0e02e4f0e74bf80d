namespace Q.Core.Search;

/// <summary>
/// Searches as the demand signal for profile-freshness hints: the words searched, how many people were found, and
/// when — never who searched. Kept for a limited time (docs/jobs.md, "Search log").
/// </summary>
public interface ISearchLog
{
    /// <summary>Notes one people search; cheap and never throws (a lost entry only weakens a hint).</summary>
    void Record(string query, int results, DateTimeOffset at);
}

/// <summary>One logged search.</summary>
public sealed record LoggedSearch(string Query, int Results, DateTimeOffset At);
