using Q.Core.Model;
using Q.Demo.Data;

namespace Q.Demo.Generation;

/// <summary>The taxonomy as records, plus index lookups the other stages use instead of string keys.</summary>
internal sealed class Topics
{
    public Topics()
    {
        Defs = TopicTaxonomy.All;
        Records = Defs.Select(d => new Topic { Id = d.Id, Name = d.Name, Synonyms = d.Synonyms, BroaderId = d.Broader }).ToArray();
        for (var i = 0; i < Defs.Length; i++) index[Defs[i].Id] = i;
        IsMethod = Defs.Select(d => d.Aim is null).ToArray();
    }

    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal); // lookup only

    public TopicDef[] Defs { get; }

    public Topic[] Records { get; }

    /// <summary>Topics without an aim are methods or themes; they describe how rather than what.</summary>
    public bool[] IsMethod { get; }

    public int Count => Defs.Length;

    public int IndexOf(string id) => index.TryGetValue(id, out var i) ? i : throw new InvalidOperationException($"unknown topic '{id}'");
}
