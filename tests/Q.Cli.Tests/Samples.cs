namespace Q.Cli.Tests;

internal static class Samples
{
    /// <summary>The example records from the import format's specification, as written there.</summary>
    public const string SpecExample = """
        {"kind":"organisation","id":"org-1","name":"Leeds Teaching Hospitals NHS Trust","type":"acute-provider","region":"yorkshire-and-humber"}
        {"kind":"topic","id":"sepsis","name":"Sepsis","synonyms":["septicaemia"],"broader":"patient-safety"}
        {"kind":"member","id":"m-1","name":"Siobhán O'Neill","role":"frontline","organisation":"org-1","region":"wales","headline":"Sepsis lead nurse","bio":"Runs PDSA cycles on sepsis screening.","email":"siobhan@leeds.example","joined":"2015-06-01","topics":[{"topic":"sepsis","level":"expert"}],"visibility":{"email":"private","bio":"public"}}
        {"kind":"member","id":"m-2","name":"Adam Ahmed","role":"manager","organisation":"org-1","region":"yorkshire-and-humber","joined":"2016-01-10","topics":[{"topic":"pdsa","level":"interest"}]}
        {"kind":"project","id":"p-1","title":"Sepsis Six in ED","summary":"Faster antibiotics.","status":"active","started":"2016-01-01","topics":["sepsis"],"members":[{"member":"m-1","role":"lead"},{"member":"m-2","role":"member"}]}
        {"kind":"resource","id":"r-1","type":"case-study","title":"Screening for sepsis","body":"We screened every patient.","published":"2016-05-01","topics":["sepsis"],"authors":["m-1"]}
        {"kind":"connection","from":"m-1","to":"m-2","since":"2016-03-01","source":"event"}
        """;

    public static string Reversed(string jsonl) => string.Join('\n', jsonl.Split('\n').Reverse());
}
