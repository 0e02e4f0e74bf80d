using Q.Core.Ports;

namespace Q.Graph.Tests.Contract;

/// <summary>Makes a new, empty, initialised store for one test. Each engine supplies one.</summary>
public interface IGraphStoreFixture
{
    /// <summary>Why the engine cannot be tested here, or null when it can.</summary>
    string? SkipReason { get; }

    Task<IGraphStore> CreateEmptyAsync();
}
