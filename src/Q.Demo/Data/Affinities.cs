using Q.Core.Model;

namespace Q.Demo.Data;

/// <summary>
/// The weights that make the community hang together: who works where, which topics go with which role and
/// organisation, and when people joined. They are what search, metrics and link prediction get judged on.
/// </summary>
internal static class Affinities
{
    public static readonly MemberRole[] Roles =
        [MemberRole.Frontline, MemberRole.Manager, MemberRole.Researcher, MemberRole.PatientLeader, MemberRole.Policymaker, MemberRole.Other];

    public static readonly double[] RoleShare = [35, 25, 12, 10, 8, 10];

    /// <summary>How many members a typical organisation of each type has, relative to a GP practice.</summary>
    public static double Size(OrganisationType t) => t switch
    {
        OrganisationType.AcuteProvider => 40,
        OrganisationType.MentalHealthProvider => 22,
        OrganisationType.AmbulanceTrust => 25,
        OrganisationType.CommunityProvider => 14,
        OrganisationType.IntegratedCareProvider => 12,
        OrganisationType.Commissioner => 12,
        OrganisationType.NationalBody => 20,
        OrganisationType.Academic => 14,
        OrganisationType.LocalAuthority => 6,
        OrganisationType.ProfessionalBody => 6,
        OrganisationType.PatientOrganisation => 3,
        OrganisationType.ThirdSector => 2,
        OrganisationType.PrivateSector => 1.5,
        _ => 1.5, // primary care: many small practices
    };

    /// <summary>How likely a member of this role is to work for this type of organisation.</summary>
    public static double RoleFit(MemberRole role, OrganisationType t) => (role, t) switch
    {
        (MemberRole.Frontline, OrganisationType.AcuteProvider or OrganisationType.PrimaryCare or OrganisationType.CommunityProvider
            or OrganisationType.MentalHealthProvider or OrganisationType.AmbulanceTrust or OrganisationType.IntegratedCareProvider) => 1.0,
        (MemberRole.Frontline, OrganisationType.PrivateSector or OrganisationType.ThirdSector) => 0.5,
        (MemberRole.Frontline, _) => 0.05,
        (MemberRole.Manager, OrganisationType.Academic or OrganisationType.PatientOrganisation) => 0.1,
        (MemberRole.Manager, _) => 1.0,
        (MemberRole.Researcher, OrganisationType.Academic) => 30.0,
        (MemberRole.Researcher, OrganisationType.NationalBody or OrganisationType.ThirdSector) => 0.6,
        (MemberRole.Researcher, OrganisationType.AcuteProvider or OrganisationType.MentalHealthProvider) => 0.3,
        (MemberRole.Researcher, _) => 0.05,
        (MemberRole.PatientLeader, OrganisationType.PatientOrganisation) => 12.0,
        (MemberRole.PatientLeader, OrganisationType.ThirdSector) => 4.0,
        (MemberRole.PatientLeader, OrganisationType.AcuteProvider or OrganisationType.MentalHealthProvider or OrganisationType.Commissioner) => 0.3,
        (MemberRole.PatientLeader, _) => 0.1,
        (MemberRole.Policymaker, OrganisationType.NationalBody) => 5.0,
        (MemberRole.Policymaker, OrganisationType.Commissioner or OrganisationType.LocalAuthority or OrganisationType.ProfessionalBody) => 3.0,
        (MemberRole.Policymaker, _) => 0.1,
        (MemberRole.Other, OrganisationType.PrivateSector or OrganisationType.ThirdSector or OrganisationType.Academic) => 1.5,
        _ => 0.6,
    };

    /// <summary>Topics members of this organisation type lean towards (multiplies a topic's popularity).</summary>
    public static string[] OrganisationTopics(OrganisationType? t) => t switch
    {
        OrganisationType.AcuteProvider => ["sepsis", "falls", "deterioration", "news2", "patient-flow", "discharge", "emergency-department", "perioperative-care", "maternity", "pressure-ulcers", "medicines-safety", "cancer"],
        OrganisationType.AmbulanceTrust => ["pre-hospital-care", "deterioration", "sepsis", "news2", "emergency-department", "mental-health-crisis", "workforce-wellbeing"],
        OrganisationType.MentalHealthProvider => ["mental-health", "mental-health-crisis", "suicide-prevention", "learning-disabilities", "dementia", "co-production", "psychological-safety"],
        OrganisationType.PrimaryCare => ["primary-care-access", "diabetes", "frailty", "population-health", "social-prescribing", "medicines-safety", "respiratory"],
        OrganisationType.CommunityProvider => ["community-nursing", "pressure-ulcers", "frailty", "end-of-life-care", "virtual-wards", "care-homes", "falls"],
        OrganisationType.IntegratedCareProvider => ["frailty", "discharge", "care-homes", "population-health", "systems-thinking", "virtual-wards"],
        OrganisationType.Commissioner => ["population-health", "health-inequalities", "unwarranted-variation", "evaluation", "systems-thinking", "outpatients"],
        OrganisationType.NationalBody => ["spread-and-scale", "collaboratives", "quality-management-systems", "health-inequalities", "making-data-count", "psirf"],
        OrganisationType.LocalAuthority => ["population-health", "health-inequalities", "care-homes", "social-prescribing", "learning-disabilities"],
        OrganisationType.ThirdSector => ["health-inequalities", "dementia", "end-of-life-care", "social-prescribing", "co-production", "learning-disabilities"],
        OrganisationType.PrivateSector => ["data-visualisation", "digital-health", "lean", "six-sigma", "care-homes", "health-economics"],
        OrganisationType.Academic => ["implementation-science", "evaluation", "qualitative-methods", "health-economics", "spc", "systems-thinking"],
        OrganisationType.ProfessionalBody => ["qi-capability", "leadership", "workforce-wellbeing", "staff-retention", "equality-diversity-inclusion"],
        OrganisationType.PatientOrganisation => ["co-production", "ebcd", "patient-experience", "health-inequalities", "patient-reported-outcomes"],
        _ => ["co-production", "patient-experience", "health-inequalities"],
    };

    /// <summary>Topics each role leans towards, whatever the organisation.</summary>
    public static string[] RoleTopics(MemberRole role) => role switch
    {
        MemberRole.Frontline => ["pdsa", "model-for-improvement", "teamworking", "clinical-handover", "run-charts"],
        MemberRole.Manager => ["lean", "process-mapping", "patient-flow", "leadership", "measurement-for-improvement", "spc", "making-data-count", "qi-coaching"],
        MemberRole.Researcher => ["implementation-science", "evaluation", "qualitative-methods", "health-economics", "spc", "safety-ii", "human-factors"],
        MemberRole.PatientLeader => ["co-production", "ebcd", "patient-experience", "health-inequalities", "learning-disabilities", "dementia", "appreciative-inquiry"],
        MemberRole.Policymaker => ["health-inequalities", "population-health", "spread-and-scale", "unwarranted-variation", "quality-management-systems"],
        _ => ["data-visualisation", "digital-health", "qi-capability", "communities-of-practice", "qi-coaching"],
    };

    /// <summary>Relative numbers joining Q each year: a founding cohort, a pandemic surge, a steady trickle.</summary>
    public static readonly (int Year, double Weight)[] JoinCohorts =
    [
        (2015, 9), (2016, 11), (2017, 9), (2018, 8), (2019, 9), (2020, 13), (2021, 10),
        (2022, 7), (2023, 7), (2024, 8), (2025, 8), (2026, 4),
    ];
}
