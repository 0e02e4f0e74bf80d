using System.Globalization;
using Q.Core.Model;

namespace Q.Suggest;

/// <summary>TF-IDF vectors of each member's headline and bio (unit length), for profile text similarity.</summary>
public sealed class TextVectors
{
    private readonly (int Term, float Weight)[][] _vectors;

    public TextVectors(IReadOnlyList<Member> members, bool[] present)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var docs = new List<int>[members.Count];
        var df = new List<int>();
        for (var i = 0; i < members.Count; i++)
        {
            docs[i] = [];
            if (!present[i]) continue;
            var seen = new HashSet<int>();
            foreach (var word in Tokens($"{members[i].Headline} {members[i].Bio}"))
            {
                if (!terms.TryGetValue(word, out var t)) { terms[word] = t = terms.Count; df.Add(0); }
                docs[i].Add(t);
                if (seen.Add(t)) df[t]++;
            }
        }
        var n = Math.Max(1, present.Count(p => p));
        _vectors = new (int, float)[members.Count][];
        for (var i = 0; i < members.Count; i++)
        {
            var tf = docs[i].GroupBy(t => t).Select(g => (Term: g.Key, Weight: (float)(g.Count() * Math.Log((double)n / df[g.Key])))).ToArray();
            var norm = MathF.Sqrt(tf.Sum(x => x.Weight * x.Weight));
            _vectors[i] = norm > 0 ? tf.Select(x => (x.Term, x.Weight / norm)).OrderBy(x => x.Term).ToArray() : [];
        }
    }

    public double Cosine(int a, int b)
    {
        var x = _vectors[a];
        var y = _vectors[b];
        double sum = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i].Term == y[j].Term) sum += x[i++].Weight * y[j++].Weight;
            else if (x[i].Term < y[j].Term) i++;
            else j++;
        }
        return sum;
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                if (i - start >= 3) yield return text[start..i].ToLower(CultureInfo.InvariantCulture);
                start = -1;
            }
        }
    }
}
