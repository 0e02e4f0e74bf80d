using Q.Core.Model;

namespace Q.Demo.Data;

internal sealed record FixedOrganisation(string Name, OrganisationType Type, string RegionId);

/// <summary>
/// UK-wide and nation-wide bodies that exist in every demo community, whatever its size: the improvement
/// agencies, royal colleges and national charities that real Q members so often work for or with.
/// Each sits in the region of its main office.
/// </summary>
internal static class NationalOrganisations
{
    public static readonly FixedOrganisation[] All =
    [
        new("NHS England", OrganisationType.NationalBody, "yorkshire-and-humber"),
        new("The Health Foundation", OrganisationType.NationalBody, "ucl-partners"),
        new("Healthcare Improvement Scotland", OrganisationType.NationalBody, "scotland"),
        new("Improvement Cymru", OrganisationType.NationalBody, "wales"),
        new("Care Quality Commission", OrganisationType.NationalBody, "ucl-partners"),
        new("National Institute for Health and Care Excellence", OrganisationType.NationalBody, "greater-manchester"),
        new("Health Services Safety Investigations Body", OrganisationType.NationalBody, "wessex"),
        new("UK Health Security Agency", OrganisationType.NationalBody, "ucl-partners"),
        new("Department of Health and Social Care", OrganisationType.NationalBody, "imperial-college-health-partners"),
        new("Royal College of Nursing", OrganisationType.ProfessionalBody, "imperial-college-health-partners"),
        new("Royal College of Physicians", OrganisationType.ProfessionalBody, "ucl-partners"),
        new("Royal College of General Practitioners", OrganisationType.ProfessionalBody, "ucl-partners"),
        new("Royal College of Psychiatrists", OrganisationType.ProfessionalBody, "ucl-partners"),
        new("Royal College of Midwives", OrganisationType.ProfessionalBody, "imperial-college-health-partners"),
        new("Royal College of Emergency Medicine", OrganisationType.ProfessionalBody, "ucl-partners"),
        new("Royal Pharmaceutical Society", OrganisationType.ProfessionalBody, "ucl-partners"),
        new("Chartered Society of Physiotherapy", OrganisationType.ProfessionalBody, "ucl-partners"),
        new("Royal College of Physicians of Edinburgh", OrganisationType.ProfessionalBody, "scotland"),
        new("The King's Fund", OrganisationType.ThirdSector, "imperial-college-health-partners"),
        new("Nuffield Trust", OrganisationType.ThirdSector, "imperial-college-health-partners"),
        new("Mind", OrganisationType.ThirdSector, "ucl-partners"),
        new("Age UK", OrganisationType.ThirdSector, "ucl-partners"),
        new("Macmillan Cancer Support", OrganisationType.ThirdSector, "health-innovation-network"),
        new("Alzheimer's Society", OrganisationType.ThirdSector, "ucl-partners"),
        new("Mencap", OrganisationType.ThirdSector, "ucl-partners"),
        new("The UK Sepsis Trust", OrganisationType.ThirdSector, "west-midlands"),
        new("Patient Safety Learning", OrganisationType.PatientOrganisation, "ucl-partners"),
        new("National Voices", OrganisationType.PatientOrganisation, "ucl-partners"),
        new("The Patients Association", OrganisationType.PatientOrganisation, "imperial-college-health-partners"),
        new("Care Opinion", OrganisationType.PatientOrganisation, "yorkshire-and-humber"),
        new("Healthwatch England", OrganisationType.PatientOrganisation, "ucl-partners"),
        new("Llais", OrganisationType.PatientOrganisation, "wales"),
        new("Patient and Client Council", OrganisationType.PatientOrganisation, "northern-ireland"),
        new("Health and Social Care Alliance Scotland", OrganisationType.PatientOrganisation, "scotland"),
    ];
}
