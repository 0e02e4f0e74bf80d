namespace Q.Core.Search;

/// <summary>
/// Folds American spellings to British ones, word by word, so "pediatric" and "paediatric" reach the same clause
/// (and, if an engine folds indexed text the same way, the same documents). A table covers the irregular words
/// (color → colour, center → centre, program → programme, anemia → anaemia, …); rules cover the regular
/// families: -ize/-ization → -ise/-isation and -yze → -yse. Input is one lower-case word (no spaces); anything
/// else is returned unchanged.
/// </summary>
public static class Spelling
{
    /// <summary>American word (or word start, see <see cref="Stems"/>) → British.</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // -or → -our
        ["color"] = "colour", ["colors"] = "colours", ["colored"] = "coloured", ["behavior"] = "behaviour",
        ["behaviors"] = "behaviours", ["behavioral"] = "behavioural", ["behaviorally"] = "behaviourally",
        ["favor"] = "favour", ["favorite"] = "favourite", ["favorable"] = "favourable", ["honor"] = "honour",
        ["labor"] = "labour", ["neighbor"] = "neighbour", ["neighbors"] = "neighbours", ["neighborhood"] = "neighbourhood",
        ["neighborhoods"] = "neighbourhoods", ["humor"] = "humour", ["tumor"] = "tumour", ["tumors"] = "tumours",
        ["rumor"] = "rumour", ["vapor"] = "vapour", ["harbor"] = "harbour", ["endeavor"] = "endeavour", ["odor"] = "odour",
        ["savior"] = "saviour", ["flavor"] = "flavour", ["vigor"] = "vigour",
        // -er → -re
        ["center"] = "centre", ["centers"] = "centres", ["centered"] = "centred", ["theater"] = "theatre",
        ["theaters"] = "theatres", ["fiber"] = "fibre", ["liter"] = "litre", ["liters"] = "litres", ["caliber"] = "calibre",
        ["somber"] = "sombre", ["meager"] = "meagre", ["luster"] = "lustre", ["saber"] = "sabre",
        // -og → -ogue, -ense → -ence, others
        ["catalog"] = "catalogue", ["catalogs"] = "catalogues", ["dialog"] = "dialogue", ["analog"] = "analogue",
        ["defense"] = "defence", ["offense"] = "offence", ["pretense"] = "pretence", ["program"] = "programme",
        ["programs"] = "programmes", ["gray"] = "grey", ["mold"] = "mould", ["aging"] = "ageing", ["maneuver"] = "manoeuvre",
        ["maneuvers"] = "manoeuvres", ["mom"] = "mum", ["moms"] = "mums", ["plow"] = "plough", ["jewelry"] = "jewellery",
        ["cozy"] = "cosy", ["artifact"] = "artefact", ["artifacts"] = "artefacts", ["skeptical"] = "sceptical",
        ["judgment"] = "judgement", ["judgments"] = "judgements", ["acknowledgment"] = "acknowledgement",
        // doubled l
        ["counseling"] = "counselling", ["counselor"] = "counsellor", ["counselors"] = "counsellors",
        ["traveling"] = "travelling", ["traveled"] = "travelled", ["traveler"] = "traveller", ["modeling"] = "modelling",
        ["modeled"] = "modelled", ["labeled"] = "labelled", ["labeling"] = "labelling", ["canceled"] = "cancelled",
        ["canceling"] = "cancelling", ["signaling"] = "signalling", ["channeling"] = "channelling", ["fueling"] = "fuelling",
        ["totaling"] = "totalling", ["leveling"] = "levelling", ["enrollment"] = "enrolment", ["enrollments"] = "enrolments",
        ["fulfill"] = "fulfil", ["fulfillment"] = "fulfilment", ["skillful"] = "skilful", ["installment"] = "instalment",
        // single medical words
        ["edema"] = "oedema", ["estrogen"] = "oestrogen", ["celiac"] = "coeliac",
        ["diarrhea"] = "diarrhoea", ["apnea"] = "apnoea", ["dyspnea"] = "dyspnoea", ["cesarean"] = "caesarean",
        ["cesareans"] = "caesareans", ["gonorrhea"] = "gonorrhoea", ["etiology"] = "aetiology", ["feces"] = "faeces",
        ["hemorrhage"] = "haemorrhage", ["hemorrhages"] = "haemorrhages", ["hemorrhagic"] = "haemorrhagic",
        ["esophagus"] = "oesophagus", ["esophageal"] = "oesophageal", ["maneuvering"] = "manoeuvring",
        ["practicing"] = "practising", ["practiced"] = "practised",
    };

    /// <summary>American word starts → British, for families with many endings (pediatric, pediatrics, pediatrician…).</summary>
    private static readonly (string American, string British)[] Stems =
    [
        ("pediatr", "paediatr"), ("anesthe", "anaesthe"), ("hemato", "haemato"), ("hemoglob", "haemoglob"),
        ("hemodial", "haemodial"), ("hemophil", "haemophil"), ("hemodynam", "haemodynam"), ("hemorrh", "haemorrh"),
        ("anemi", "anaemi"), ("leukemi", "leukaemi"), ("orthoped", "orthopaed"), ("gynecolog", "gynaecolog"),
        ("ischemi", "ischaemi"), ("septicemi", "septicaemi"), ("bacteremi", "bacteraemi"), ("toxemi", "toxaemi"),
        ("hypoglycemi", "hypoglycaemi"), ("hyperglycemi", "hyperglycaemi"), ("glycemi", "glycaemi"),
        ("hypokalemi", "hypokalaemi"), ("hyperkalemi", "hyperkalaemi"), ("hyponatremi", "hyponatraemi"),
        ("hypernatremi", "hypernatraemi"), ("uremi", "uraemi"), ("edemat", "oedemat"), ("esophag", "oesophag"),
    ];

    /// <summary>Words the -ize rule must leave alone (size, prize, seize, …).</summary>
    private static readonly string[] IzeExceptions =
        ["size", "prize", "seiz", "maize", "baize", "capsiz", "assize", "resiz", "oversiz", "downsiz", "upsiz",
         "supersiz", "undersiz", "bitesiz", "midsiz", "fullsiz", "kingsiz", "outsiz", "lifesiz", "citizen", "denizen", "wizen"];

    private static readonly string[] IzeEndings =
        ["ize", "izes", "ized", "izing", "izer", "izers", "ization", "izations", "izational", "izationally"];

    private static readonly string[] YzeEndings = ["yze", "yzes", "yzed", "yzing", "yzer", "yzers"];

    private static readonly Dictionary<string, string> BritishToAmerican =
        Words.Where(p => p.Key != p.Value).GroupBy(p => p.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);

    /// <summary>The British spelling of a lower-case word; the word itself if it is British already or unknown.</summary>
    public static string ToBritish(string word)
    {
        if (word.Length < 3 || !IsAsciiLower(word)) return word;
        if (Words.TryGetValue(word, out var british)) return british;
        foreach (var (american, b) in Stems)
            if (word.StartsWith(american, StringComparison.Ordinal))
                return b + word[american.Length..];
        if (Rule(word, IzeEndings, 'z', 's', minimumStem: 2) is { } ise && !IzeExceptions.Any(e => word.StartsWith(e, StringComparison.Ordinal)))
            return ise;
        return Rule(word, YzeEndings, 'z', 's', minimumStem: 2) ?? word;
    }

    /// <summary>
    /// The American spelling of a British word the table knows (colour → color, paediatric → pediatric), or null.
    /// Rule-based families (-ise) are not reversed: "advise" and "expertise" are not "-ize" words.
    /// </summary>
    public static string? ToAmerican(string word)
    {
        if (word.Length < 3 || !IsAsciiLower(word)) return null;
        if (BritishToAmerican.TryGetValue(word, out var american)) return american;
        foreach (var (a, british) in Stems)
            if (word.StartsWith(british, StringComparison.Ordinal))
                return a + word[british.Length..];
        return null;
    }

    private static string? Rule(string word, string[] endings, char from, char to, int minimumStem)
    {
        foreach (var ending in endings)
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal) || word.Length - ending.Length < minimumStem) continue;
            var at = word.Length - ending.Length + ending.IndexOf(from, StringComparison.Ordinal);
            return string.Concat(word.AsSpan(0, at), to.ToString(), word.AsSpan(at + 1));
        }
        return null;
    }

    private static bool IsAsciiLower(string word)
    {
        foreach (var ch in word)
            if (ch is < 'a' or > 'z') return false;
        return true;
    }
}
