using Q.Core.Model;

namespace Q.Demo.Data;

/// <summary>Job titles by role and where people work, so a paramedic works for an ambulance trust, not a council.</summary>
internal static class JobTitles
{
    public static string[] For(MemberRole role, OrganisationType? type) => (role, type) switch
    {
        (MemberRole.Frontline, OrganisationType.AmbulanceTrust) =>
            ["Paramedic", "Specialist paramedic", "Advanced paramedic practitioner", "Emergency medical technician", "Clinical team leader"],
        (MemberRole.Frontline, OrganisationType.MentalHealthProvider) =>
            ["Mental health nurse", "Consultant psychiatrist", "Clinical psychologist", "Occupational therapist", "Peer support worker", "Crisis team practitioner"],
        (MemberRole.Frontline, OrganisationType.PrimaryCare) =>
            ["GP", "GP partner", "Practice nurse", "Clinical pharmacist", "Advanced nurse practitioner", "Physician associate", "Social prescribing link worker"],
        (MemberRole.Frontline, OrganisationType.CommunityProvider or OrganisationType.IntegratedCareProvider) =>
            ["District nurse", "Community matron", "Physiotherapist", "Occupational therapist", "Health visitor", "Speech and language therapist", "Dietitian"],
        (MemberRole.Frontline, OrganisationType.PrivateSector or OrganisationType.ThirdSector) =>
            ["Care home nurse", "Registered manager", "Senior carer", "Support worker", "Hospice nurse specialist"],
        (MemberRole.Frontline, _) =>
            ["Staff nurse", "Consultant nurse", "Ward sister", "Advanced nurse practitioner", "Consultant physician", "Consultant anaesthetist",
             "Consultant in emergency medicine", "Specialty registrar", "Midwife", "Physiotherapist", "Pharmacist", "Healthcare assistant",
             "Foundation doctor", "Consultant paediatrician", "Critical care outreach nurse", "Junior sister"],
        (MemberRole.Manager, OrganisationType.PrimaryCare) =>
            ["Practice manager", "PCN manager", "Operations manager", "Clinical director"],
        (MemberRole.Manager, _) =>
            ["Quality improvement manager", "Head of quality improvement", "Service manager", "Programme manager", "Deputy director of nursing",
             "Improvement advisor", "Operations manager", "Clinical governance lead", "Transformation lead", "Matron", "Divisional director",
             "Associate director of quality", "Head of patient safety"],
        (MemberRole.Researcher, _) =>
            ["Senior research fellow", "Lecturer in healthcare improvement", "Professor of health services research", "PhD student",
             "Research associate", "Improvement science fellow", "Reader in patient safety", "Clinical academic"],
        (MemberRole.PatientLeader, _) =>
            ["Patient leader", "Expert by experience", "Carer representative", "Lay member", "Public governor", "Patient safety partner", "Patient and public involvement lead"],
        (MemberRole.Policymaker, OrganisationType.LocalAuthority) =>
            ["Director of public health", "Consultant in public health", "Head of adult social care commissioning", "Policy officer"],
        (MemberRole.Policymaker, _) =>
            ["Policy lead", "Senior policy adviser", "Head of policy", "Commissioning manager", "Senior analyst", "National clinical director", "Deputy director of strategy"],
        _ =>
            ["Data analyst", "Communications officer", "Knowledge and library specialist", "Digital lead", "Improvement consultant",
             "Project officer", "Volunteer coordinator", "Clinical educator", "Information analyst", "Coach and facilitator"],
    };
}
