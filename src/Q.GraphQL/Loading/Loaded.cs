using GraphQL.DataLoader;

namespace Q.GraphQL.Loading;

/// <summary>A result already in hand, for resolvers that sometimes skip the loader (e.g. a hidden profile part).</summary>
public sealed class Loaded<T>(T value) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}
