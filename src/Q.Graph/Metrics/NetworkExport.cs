using System.Globalization;
using System.Text;
using System.Xml;
using Q.Core.Analytics;
using Q.Core.Model;
using Q.Graph.Analytics;

namespace Q.Graph.Metrics;

public enum NetworkFormat { GraphMl, Csv }

/// <summary>
/// Writes a filtered network for NetworkX and Gephi: GraphML (an undirected graph with typed, declared node and edge
/// attributes) or two CSV files in Gephi's spreadsheet form (an edge table and a node table). Members are named by
/// id and name, or, pseudonymised, by their <see cref="Pseudonyms"/> only. Only the attributes the figures break
/// down by are written: never emails, phones, headlines or biographies.
/// </summary>
public static class NetworkExport
{
    /// <summary>Where the CSV node table goes: <c>edges.csv</c> → <c>edges.nodes.csv</c>.</summary>
    public static string NodesFileFor(string edgesFile)
    {
        var directory = Path.GetDirectoryName(edgesFile);
        var name = Path.GetFileNameWithoutExtension(edgesFile) + ".nodes.csv";
        return string.IsNullOrEmpty(directory) ? name : Path.Combine(directory, name);
    }

    private static Func<NetworkMember, string> Ids(Pseudonyms? pseudonyms) =>
        pseudonyms is null ? m => m.Id : m => pseudonyms.Of(m.Id);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static void WriteGraphMl(Network network, Stream output, Pseudonyms? pseudonyms)
    {
        var id = Ids(pseudonyms);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", ns);
        var nodeKeys = pseudonyms is null
            ? new[] { "label", "name", "region", "role", "organisation", "organisationType", "joined" }
            : ["region", "role", "organisation", "organisationType", "joined"];
        foreach (var key in nodeKeys) Key(xml, key, "node");
        Key(xml, "since", "edge");
        Key(xml, "source", "edge");
        xml.WriteStartElement("graph", ns);
        xml.WriteAttributeString("id", "q");
        xml.WriteAttributeString("edgedefault", "undirected");
        foreach (var member in network.Members)
        {
            xml.WriteStartElement("node", ns);
            xml.WriteAttributeString("id", id(member));
            if (pseudonyms is null)
            {
                Data(xml, "label", member.Name);
                Data(xml, "name", member.Name);
            }
            foreach (var attribute in Reports.Attributes) Data(xml, attribute, Reports.ValueOf(member, attribute));
            Data(xml, "joined", member.Joined is null ? null : Date(member.Joined));
            xml.WriteEndElement();
        }
        foreach (var tie in network.Ties)
        {
            xml.WriteStartElement("edge", ns);
            xml.WriteAttributeString("source", id(network.Members[tie.A]));
            xml.WriteAttributeString("target", id(network.Members[tie.B]));
            Data(xml, "since", tie.Since is null ? null : Date(tie.Since));
            Data(xml, "source", WireName<ConnectionSource>.Of(tie.Source));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    // Every attribute is a string (dates as yyyy-MM-dd), declared so NetworkX and Gephi type them.
    private static void Key(XmlWriter xml, string name, string domain)
    {
        xml.WriteStartElement("key", "http://graphml.graphdrawing.org/xmlns");
        xml.WriteAttributeString("id", $"{domain[0]}_{name}");
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", "string");
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string name, string? value)
    {
        if (value is null) return;
        xml.WriteStartElement("data", "http://graphml.graphdrawing.org/xmlns");
        var domain = name is "since" or "source" ? 'e' : 'n';
        xml.WriteAttributeString("key", $"{domain}_{name}");
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    /// <summary>Gephi's edge table: Source,Target,Since,Kind, and Type (always Undirected, so Gephi makes an undirected graph).</summary>
    public static void WriteEdgesCsv(Network network, TextWriter output, Pseudonyms? pseudonyms)
    {
        var id = Ids(pseudonyms);
        output.Write("Source,Target,Since,Kind,Type\n");
        foreach (var tie in network.Ties)
            output.Write($"{Csv(id(network.Members[tie.A]))},{Csv(id(network.Members[tie.B]))},{Date(tie.Since)},{WireName<ConnectionSource>.Of(tie.Source)},Undirected\n");
    }

    /// <summary>Gephi's node table: Id,Label (the name, or the pseudonym),Region,Role,Organisation,OrganisationType,Joined.</summary>
    public static void WriteNodesCsv(Network network, TextWriter output, Pseudonyms? pseudonyms)
    {
        var id = Ids(pseudonyms);
        output.Write("Id,Label,Region,Role,Organisation,OrganisationType,Joined\n");
        foreach (var m in network.Members)
        {
            var values = new[]
            {
                id(m), pseudonyms is null ? m.Name : id(m),
                Reports.ValueOf(m, "region"), Reports.ValueOf(m, "role"), Reports.ValueOf(m, "organisation"), Reports.ValueOf(m, "organisationType"), Date(m.Joined),
            };
            output.Write(string.Join(',', values.Select(Csv)) + "\n");
        }
    }

    // RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so a spreadsheet never runs a name as a formula.
    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
