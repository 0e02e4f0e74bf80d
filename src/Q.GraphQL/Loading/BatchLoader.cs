using GraphQL.DataLoader;

namespace Q.GraphQL.Loading;

/// <summary>
/// Collects the keys asked for while one level of a query resolves, then fetches them all with one store call
/// the first time any of their results is awaited. GraphQL.NET awaits an <see cref="IDataLoaderResult"/> only
/// after every field of the level has run, so a level costs one call per loader however many nodes it has.
/// We keep our own small loader because the GraphQL.DataLoader package is not served to this project.
/// </summary>
/// <param name="missing">What a key the store did not return resolves to (null, an empty list, an empty page).</param>
public sealed class BatchLoader<T>(
    Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> fetch, T? missing = null)
    where T : class
{
    private readonly T? _missing = missing;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Result> _results = new(StringComparer.Ordinal);
    private Batch? _open;

    /// <summary>Registers <paramref name="key"/>; a key already asked for in this request is not fetched again.</summary>
    public IDataLoaderResult<T?> Load(string key)
    {
        lock (_gate)
        {
            if (_results.TryGetValue(key, out var known)) return known;
            _open ??= new Batch();
            _open.Keys.Add(key);
            return _results[key] = new Result(this, _open, key);
        }
    }

    /// <summary>Several keys, in the order given; keys the store does not know are left out.</summary>
    public IDataLoaderResult<IReadOnlyList<T>> LoadMany(IEnumerable<string> keys) => new Many(keys.Select(Load).ToArray());

    private Task<IReadOnlyDictionary<string, T>> Dispatch(Batch batch, CancellationToken ct)
    {
        lock (_gate)
        {
            // Close the batch so keys asked for from now on (a deeper level) start the next one.
            if (ReferenceEquals(_open, batch)) _open = null;
            batch.Fetch ??= new Lazy<Task<IReadOnlyDictionary<string, T>>>(() => fetch(batch.Keys.ToArray(), ct));
        }
        return batch.Fetch.Value;
    }

    private sealed class Batch
    {
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
        public Lazy<Task<IReadOnlyDictionary<string, T>>>? Fetch { get; set; }
    }

    private sealed class Result(BatchLoader<T> loader, Batch batch, string key) : IDataLoaderResult<T?>
    {
        public async Task<T?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var found = await loader.Dispatch(batch, cancellationToken);
            return found.TryGetValue(key, out var value) ? value : loader._missing;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    private sealed class Many(IDataLoaderResult<T?>[] parts) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var list = new List<T>(parts.Length);
            foreach (var part in parts)
                if (await part.GetResultAsync(cancellationToken) is { } value) list.Add(value);
            return list;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
