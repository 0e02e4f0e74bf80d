namespace Q.Demo.Data;

/// <summary>Given and family names of one naming tradition; a member's name is mostly drawn from one tradition.</summary>
internal sealed record NamePool(string Heritage, string[] Given, string[] Family);

/// <summary>
/// The UK's mix of names, including the diacritics and apostrophes (Siobhán O'Neill, Zoë, Łukasz) that
/// break naive search, sorting and email generation, which is exactly what the demo data should exercise.
/// </summary>
internal static class PersonNames
{
    public static readonly NamePool British = new("british",
        ["Sarah", "Emma", "Helen", "Claire", "Rachel", "Joanne", "Rebecca", "Laura", "Katie", "Hannah", "Lucy", "Sophie",
         "Charlotte", "Karen", "Julie", "Susan", "Jenny", "Nicola", "Louise", "Gemma", "Amy", "Beth", "Zoë", "Chloë",
         "Renée", "Olivia", "Amelia", "Jo", "Nikki", "Alison", "Fiona", "Kate", "Victoria", "Natalie", "Anna",
         "James", "John", "David", "Michael", "Paul", "Mark", "Andrew", "Richard", "Peter", "Chris", "Tom",
         "Matthew", "Daniel", "Simon", "Stephen", "Ben", "Sam", "Jack", "Oliver", "Harry", "George", "Alex", "Neil",
         "Gareth", "Ian", "Martin", "Jonathan", "Rob", "Nick", "Adam", "Luke", "Joe", "Noël"],
        ["Smith", "Taylor", "Brown", "Wilson", "Johnson", "Walker", "Wright", "Robinson", "Thompson", "White",
         "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke", "Jackson", "Turner", "Hill", "Moore", "Cooper",
         "Ward", "Morris", "King", "Baker", "Parker", "Bennett", "Shaw", "Hawkins", "Ashworth", "Sutcliffe",
         "Fairbairn", "Pemberton", "Lloyd-Jones", "Ramsbottom", "Whitehead", "Holmes", "Barker", "Fletcher",
         "Marsh", "Armstrong", "Chapman", "Dixon", "Foster", "Gibson", "Knight", "Lawson", "Mason", "Pearson", "Price"]);

    public static readonly NamePool Welsh = new("welsh",
        ["Dafydd", "Rhodri", "Gethin", "Iwan", "Siân", "Ffion", "Cerys", "Megan", "Gwenllian", "Eleri", "Aled",
         "Llinos", "Bethan", "Rhys", "Owain", "Carys", "Elin", "Angharad", "Geraint", "Sioned", "Huw", "Nia", "Tomos"],
        ["Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan", "Griffiths",
         "Pritchard", "Llewellyn", "Powell", "Prosser", "Vaughan", "Rees", "Jenkins", "Owen", "Parry", "ap Gwilym"]);

    public static readonly NamePool Scottish = new("scottish",
        ["Callum", "Eilidh", "Isla", "Mhairi", "Ruaridh", "Fraser", "Iona", "Catriona", "Hamish", "Kirsty", "Ailsa",
         "Euan", "Morag", "Alasdair", "Struan", "Fiona", "Calum", "Kenneth", "Shona", "Lachlan", "Ishbel"],
        ["MacDonald", "Campbell", "Stewart", "Robertson", "MacLeod", "Fraser", "Murray", "McKenzie", "Sinclair",
         "Grant", "Ross", "Baird", "Drummond", "Mackintosh", "Paterson", "Henderson", "Cameron", "MacKay", "Duncan"]);

    public static readonly NamePool Irish = new("irish",
        ["Siobhán", "Seán", "Niamh", "Aoife", "Ciarán", "Eoin", "Orla", "Pádraig", "Róisín", "Caoimhe", "Declan",
         "Bríd", "Colm", "Gráinne", "Sinéad", "Conor", "Aisling", "Darragh", "Clodagh", "Oisín", "Máire"],
        ["O'Neill", "O'Brien", "Murphy", "Kelly", "McCann", "Doherty", "Quinn", "O'Connor", "Gallagher",
         "McLaughlin", "Byrne", "Donnelly", "Hegarty", "O'Sullivan", "McGuinness", "Ní Bhriain", "Walsh", "Devlin"]);

    public static readonly NamePool SouthAsian = new("south-asian",
        ["Priya", "Anjali", "Rajesh", "Sanjay", "Aisha", "Imran", "Fatima", "Mohammed", "Harpreet", "Gurpreet",
         "Amrit", "Sunita", "Deepak", "Nadia", "Zainab", "Farhan", "Arjun", "Kavita", "Ravi", "Shabana", "Tariq",
         "Yasmin", "Ayesha", "Rohan", "Meera", "Nikhil", "Saira", "Hamza"],
        ["Patel", "Khan", "Singh", "Sharma", "Ahmed", "Begum", "Hussain", "Kaur", "Chaudhry", "Gupta", "Shah",
         "Iqbal", "Mistry", "Rahman", "Malik", "Sandhu", "D'Souza", "Bhatt", "Choudhury", "Rao", "Nair", "Akhtar"]);

    public static readonly NamePool African = new("african",
        ["Chidi", "Ngozi", "Oluwaseun", "Adebayo", "Chiamaka", "Kwame", "Ama", "Abena", "Kofi", "Tendai", "Chipo",
         "Amara", "Folasade", "Emeka", "Yetunde", "Blessing", "Tunde", "Nkechi", "Ayodele", "Grace", "Samuel"],
        ["Okafor", "Adeyemi", "Mensah", "Osei", "Okonkwo", "Nwosu", "Boateng", "Adeleke", "Mutasa", "Moyo",
         "Abiola", "Oyelaran", "Asante", "Eze", "Owusu", "Bello", "Chukwu", "Ndlovu"]);

    public static readonly NamePool Caribbean = new("caribbean",
        ["Marcia", "Delroy", "Winston", "Paulette", "Tyrone", "Jermaine", "Shanice", "Leroy", "Janelle", "Andre",
         "Claudette", "Desmond", "Marlon", "Beverley", "Dionne", "Errol"],
        ["Campbell", "Brown", "Williams", "Thompson", "Clarke", "Francis", "Grant", "Richards", "Bailey", "Henry",
         "Samuels", "Forbes", "Morrison", "Gordon", "Reid", "McKenzie"]);

    public static readonly NamePool EasternEuropean = new("eastern-european",
        ["Małgorzata", "Łukasz", "Wojciech", "Agnieszka", "Katarzyna", "Piotr", "Tomasz", "Ewa", "Andrei", "Ioana",
         "Mihai", "Elena", "Jānis", "Kristīna", "Tomáš", "Zuzana", "Dorota", "Paweł", "Bogdan", "Anca"],
        ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kowalczyk", "Popescu", "Ionescu", "Novák", "Horváth",
         "Kamińska", "Lewandowski", "Bērziņš", "Dvořák", "Zieliński", "Szymańska", "Petrov"]);

    public static readonly NamePool EastAsian = new("east-asian",
        ["Wei", "Mei", "Jun", "Hui", "Xin", "Hiroshi", "Yuki", "Minh", "Linh", "Jia", "Kenji", "Ling"],
        ["Chen", "Wang", "Li", "Zhang", "Wong", "Tan", "Nguyen", "Tanaka", "Lim", "Cheung", "Ho", "Liu"]);

    public static readonly NamePool[] Pools = [British, Welsh, Scottish, Irish, SouthAsian, African, Caribbean, EasternEuropean, EastAsian];

    /// <summary>Weights over <see cref="Pools"/> by nation (and London), roughly following census mixes.</summary>
    public static double[] HeritageWeights(string nation, bool london) => (nation, london) switch
    {
        ("Wales", _) => [38, 42, 3, 3, 5, 3, 1, 4, 1],
        ("Scotland", _) => [25, 1, 52, 6, 7, 3, 1, 4, 1],
        ("Northern Ireland", _) => [18, 1, 10, 62, 3, 2, 0.5, 3, 0.5],
        (_, true) => [36, 1, 2, 5, 22, 15, 9, 6, 4],
        _ => [58, 2, 3, 5, 13, 6, 4, 6, 3],
    };
}
