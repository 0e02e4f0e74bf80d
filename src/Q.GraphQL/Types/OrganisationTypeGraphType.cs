using Q.Core.Model;

namespace Q.GraphQL.Types;

/// <summary>The kind of organisation in the UK health and care system.</summary>
public sealed class OrganisationTypeGraphType() : DescribedEnumGraphType<OrganisationType>("OrganisationType",
    "The kind of organisation in the UK health and care system.",
    new Dictionary<OrganisationType, string>
    {
        [OrganisationType.AcuteProvider] = "A hospital (acute) trust or health board hospital.",
        [OrganisationType.PrimaryCare] = "General practice, primary care networks, pharmacy, dentistry, optometry.",
        [OrganisationType.CommunityProvider] = "A provider of community health services.",
        [OrganisationType.MentalHealthProvider] = "A provider of mental health services.",
        [OrganisationType.AmbulanceTrust] = "An ambulance service.",
        [OrganisationType.IntegratedCareProvider] = "An organisation providing integrated health and social care.",
        [OrganisationType.Commissioner] = "A commissioner of services, such as an integrated care board.",
        [OrganisationType.NationalBody] = "A national body or arm's-length organisation.",
        [OrganisationType.LocalAuthority] = "A local authority, including its social care and public health.",
        [OrganisationType.ThirdSector] = "A charity, voluntary or community organisation.",
        [OrganisationType.PrivateSector] = "A private company.",
        [OrganisationType.Academic] = "A university or research institute.",
        [OrganisationType.ProfessionalBody] = "A royal college, professional association or regulator.",
        [OrganisationType.PatientOrganisation] = "An organisation led by or representing patients and carers.",
    });
