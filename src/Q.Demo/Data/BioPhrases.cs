namespace Q.Demo.Data;

/// <summary>
/// Sentence shapes for bios, headlines and case studies. Placeholders: {title} job title, {atitle} with "a"/"an", {org} organisation,
/// {place} town, {region} region, {year} year joined, {a} {b} {c} topic phrases. British spelling throughout
/// (organisation, programme, behaviour), because that is how Q members write and what search must handle.
/// </summary>
internal static class BioPhrases
{
    public static readonly string[] Openings =
    [
        "I'm {atitle} at {org}.",
        "I work as {atitle} with {org} in {place}.",
        "{Title} based in {place}, working across {region}.",
        "I have been {atitle} at {org} for several years.",
        "Currently {title} at {org}, where I support teams to improve care.",
        "I joined {org} as {atitle} and have stayed because of the people.",
    ];

    public static readonly string[] PatientLeaderOpenings =
    [
        "I became involved in improvement after my own experience of care in {place}.",
        "As a carer for my father, I saw the best and worst of our health and care system.",
        "I'm {atitle} and a volunteer with {org}, bringing lived experience to improvement work.",
        "I live in {place} and work alongside clinicians as {atitle}.",
    ];

    public static readonly string[] OneTopic =
    [
        "My current work focuses on {a}.",
        "I'm particularly interested in {a}.",
        "Over the last few years I have led work on {a} across our organisation.",
        "Most of my time goes on {a}, and I've learnt a lot the hard way.",
        "I'm leading an improvement programme on {a}.",
        "Lately I've been using {a} with frontline teams.",
    ];

    public static readonly string[] TwoTopics =
    [
        "My current work focuses on {a} and {b}.",
        "I've been using {a} to make progress on {b}.",
        "I'm interested in where {a} meets {b}.",
        "Our programme brings together {a} and {b}.",
        "Day to day I work on {a}, with a growing interest in {b}.",
    ];

    public static readonly string[] ThreeTopics =
    [
        "Over the last few years I have worked on {a}, {b} and {c}.",
        "My interests include {a}, {b} and {c}.",
        "I bring experience of {a}, {b} and {c} to the teams I support.",
    ];

    public static readonly string[] Closings =
    [
        "Always keen to connect with others working on {a}.",
        "Happy to share what has and hasn't worked for us.",
        "Q member since {year}.",
        "I care about changing behaviour, not just processes, and about making our organisation a good place to work.",
        "Views my own.",
        "Outside work I run, garden and volunteer with a local youth club.",
        "I'd love to hear from anyone tackling similar problems in another organisation.",
    ];

    public static readonly string[] Headlines =
    [
        "{Title}, {topic} lead at {org}",
        "{Title} at {org}",
        "{Title}, {org}",
        "{Title} | {topic} | {region}",
        "{Title} with an interest in {topic}",
    ];

    public static readonly string[] ProjectSuffixes =
    [
        " at {org}", " across {region}", " in {place}", ": a collaborative approach", " (phase 2)", " using {method}",
    ];

    public static readonly string[] CaseStudyActions =
    [
        "The team used {method} to test changes on two wards before spreading them.",
        "Working with patients and carers, the team ran a series of {method} over six months.",
        "A multidisciplinary group mapped the pathway and tested ideas through {method}.",
        "Staff were trained in {method} and met weekly in a short huddle to review the data.",
    ];

    public static readonly string[] GenericAims =
    [
        "building improvement capability", "improving safety culture", "strengthening teamworking",
        "embedding a quality management system", "making improvement part of everyday work",
    ];
}
