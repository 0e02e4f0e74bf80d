using Q.Core.Ports;

namespace Q.Search.Tests.Contract;

/// <summary>Opens search indexes for the contract suite. Each engine supplies one.</summary>
public interface ISearchIndexFixture
{
    /// <summary>Why the engine cannot be tested here, or null when it can.</summary>
    string? SkipReason { get; }

    /// <summary>
    /// Opens and initialises the index called <paramref name="name"/>: a new name is a new, empty index; the same
    /// name again (after disposing the first) is the same stored index, as after a restart.
    /// </summary>
    Task<ISearchIndex> OpenAsync(string name);
}
