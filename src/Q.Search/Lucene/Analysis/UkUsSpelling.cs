using System.Collections.Frozen;

namespace Q.Search.Lucene.Analysis;

/// <summary>
/// American to British spelling for the words Q's community writes: whole words (color → colour), word roots
/// (pediatr… → paediatr…, hemo… → haemo…) and regular endings (-ize → -ise, -yze → -yse, -emia → -aemia,
/// -rrhea → -rrhoea). Applied at index and query time alike, so a text in either spelling is found by either.
/// Roots and words are listed, not guessed, where a blind rule would break another word (colorectal, laboratory).
/// </summary>
internal static class UkUsSpelling
{
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["color"] = "colour", ["colors"] = "colours", ["colored"] = "coloured", ["coloring"] = "colouring", ["colorful"] = "colourful",
        ["honor"] = "honour", ["honors"] = "honours", ["honored"] = "honoured", ["honoring"] = "honouring", ["honorable"] = "honourable",
        ["labor"] = "labour", ["labors"] = "labours", ["labored"] = "laboured", ["laboring"] = "labouring",
        ["humor"] = "humour", ["odor"] = "odour", ["odors"] = "odours", ["vapor"] = "vapour", ["vapors"] = "vapours",
        ["rumor"] = "rumour", ["rumors"] = "rumours", ["harbor"] = "harbour", ["tumor"] = "tumour", ["tumors"] = "tumours",
        ["center"] = "centre", ["centers"] = "centres", ["centered"] = "centred", ["centering"] = "centring",
        ["fiber"] = "fibre", ["fibers"] = "fibres", ["liter"] = "litre", ["liters"] = "litres",
        ["theater"] = "theatre", ["theaters"] = "theatres", ["meager"] = "meagre", ["caliber"] = "calibre",
        ["catalog"] = "catalogue", ["catalogs"] = "catalogues", ["dialog"] = "dialogue", ["dialogs"] = "dialogues",
        ["analog"] = "analogue", ["analogs"] = "analogues",
        ["defense"] = "defence", ["defenses"] = "defences", ["offense"] = "offence", ["offenses"] = "offences",
        ["license"] = "licence", ["licenses"] = "licences",
        ["practise"] = "practice", ["practised"] = "practiced", ["practising"] = "practicing", ["practises"] = "practices",
        ["program"] = "programme", ["programs"] = "programmes",
        ["aging"] = "ageing", ["gray"] = "grey", ["toward"] = "towards",
        ["enroll"] = "enrol", ["enrolls"] = "enrols", ["enrollment"] = "enrolment", ["enrollments"] = "enrolments",
        ["fulfill"] = "fulfil", ["fulfills"] = "fulfils", ["fulfillment"] = "fulfilment", ["instill"] = "instil",
        ["skillful"] = "skilful", ["willful"] = "wilful", ["installment"] = "instalment",
        ["judgment"] = "judgement", ["judgments"] = "judgements", ["acknowledgment"] = "acknowledgement",
        ["artifact"] = "artefact", ["artifacts"] = "artefacts", ["aluminum"] = "aluminium",
        ["maneuver"] = "manoeuvre", ["maneuvers"] = "manoeuvres", ["plow"] = "plough",
        ["encyclopedia"] = "encyclopaedia", ["foetus"] = "fetus", ["foetal"] = "fetal",
        ["anemic"] = "anaemic", ["ischemic"] = "ischaemic", ["septicemic"] = "septicaemic", ["uremic"] = "uraemic",
        ["traveled"] = "travelled", ["traveling"] = "travelling", ["traveler"] = "traveller", ["travelers"] = "travellers",
        ["modeled"] = "modelled", ["modeling"] = "modelling", ["labeled"] = "labelled", ["labeling"] = "labelling",
        ["canceled"] = "cancelled", ["canceling"] = "cancelling", ["counseling"] = "counselling", ["counseled"] = "counselled",
        ["counselor"] = "counsellor", ["counselors"] = "counsellors", ["signaled"] = "signalled", ["signaling"] = "signalling",
        ["fueled"] = "fuelled", ["fueling"] = "fuelling", ["leveled"] = "levelled", ["leveling"] = "levelling",
        ["channeled"] = "channelled", ["channeling"] = "channelling", ["totaled"] = "totalled",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>American root → British root, matched at the start of a word.</summary>
    private static readonly (string Us, string Uk)[] Roots =
    [
        ("pediatr", "paediatr"), ("anesth", "anaesth"), ("hemorrh", "haemorrh"), ("hemat", "haemat"), ("hemo", "haemo"),
        ("gyneco", "gynaeco"), ("orthoped", "orthopaed"), ("edema", "oedema"), ("esophag", "oesophag"),
        ("estrogen", "oestrogen"), ("diarrhe", "diarrhoe"), ("dyspne", "dyspnoe"), ("apnea", "apnoea"), ("apneic", "apnoeic"),
        ("etiolog", "aetiolog"), ("celiac", "coeliac"), ("cesarean", "caesarean"), ("feces", "faeces"), ("fecal", "faecal"),
        ("esthet", "aesthet"), ("archeolog", "archaeolog"), ("skeptic", "sceptic"),
        ("behavior", "behaviour"), ("favor", "favour"), ("neighbor", "neighbour"), ("savior", "saviour"),
    ];

    /// <summary>Word stems before "-ize" that are not the -ise/-ize pair (size, seize, capsize …).</summary>
    private static readonly FrozenSet<string> NotIze = new[] { "sei", "caps", "res", "downs", "overs", "outs", "undersi" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotIzeLookup = NotIze.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] IzeEndings = ["izational", "ization", "izations", "izing", "izes", "ized", "izer", "izers", "ize"];
    private static readonly string[] YzeEndings = ["yzing", "yzes", "yzed", "yzer", "yze"];

    /// <summary>The British form of a lower-case word, or null when it has none (or is British already).</summary>
    public static string? Fold(ReadOnlySpan<char> word)
    {
        if (word.Length < 4) return null;
        if (WordLookup.TryGetValue(word, out var whole)) return whole;
        foreach (var (us, uk) in Roots)
            if (word.StartsWith(us, StringComparison.Ordinal)) return string.Concat(uk, word[us.Length..]);
        foreach (var ending in IzeEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = word[..^ending.Length];
                if (stem.Length < 3 || NotIzeLookup.Contains(stem)) return null;
                return string.Concat(stem, "is", ending.AsSpan(2));
            }
        foreach (var ending in YzeEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length > ending.Length + 2)
                return string.Concat(word[..^ending.Length], "ys", ending.AsSpan(2));
        if (word.EndsWith("emia", StringComparison.Ordinal) && word.Length > 5 && word[^5] != 'a' && !word.SequenceEqual("academia"))
            return string.Concat(word[..^4], "aemia");
        if (word.Contains("glycem", StringComparison.Ordinal))
            return word.ToString().Replace("glycem", "glycaem", StringComparison.Ordinal);
        if (word.EndsWith("rrhea", StringComparison.Ordinal)) return string.Concat(word[..^5], "rrhoea");
        if (word.EndsWith("rrheal", StringComparison.Ordinal)) return string.Concat(word[..^6], "rrhoeal");
        return null;
    }
}
