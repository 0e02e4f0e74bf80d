namespace Q.Core.Model;

// Wire names are the kebab-case of these names (see WireName<T>); renaming a value is a breaking change
// to the import format and to stored data.

public enum MemberRole { Frontline, Manager, PatientLeader, Researcher, Policymaker, Other }

public enum TopicLevel { Interest, Practitioner, Expert }

public enum Visibility { Public, Members, Private }

public enum ConnectionSource { Event, Project, SwapShop, Suggestion, Other }

public enum ProjectStatus { Planned, Active, Completed, Paused }

public enum ProjectRole { Lead, Member, Sponsor, Adviser }

public enum ResourceType { CaseStudy, Tool, Report, Guide, Article, Video, Other }

public enum OrganisationType
{
    AcuteProvider,
    PrimaryCare,
    CommunityProvider,
    MentalHealthProvider,
    AmbulanceTrust,
    IntegratedCareProvider,
    Commissioner,
    NationalBody,
    LocalAuthority,
    ThirdSector,
    PrivateSector,
    Academic,
    ProfessionalBody,
    PatientOrganisation,
}
