using Q.Core.Model;

namespace Q.GraphQL.Types;

/// <summary>What a member mainly does in health and care.</summary>
public sealed class RoleGraphType() : DescribedEnumGraphType<MemberRole>("Role",
    "What a member mainly does in health and care.",
    new Dictionary<MemberRole, string>
    {
        [MemberRole.Frontline] = "Delivers care or support directly: clinicians, nurses, care workers, allied professionals.",
        [MemberRole.Manager] = "Leads or manages a service, team or organisation.",
        [MemberRole.PatientLeader] = "Brings lived experience as a patient, carer or service user.",
        [MemberRole.Researcher] = "Researches or evaluates health and care.",
        [MemberRole.Policymaker] = "Shapes policy, commissioning or regulation.",
        [MemberRole.Other] = "Any other role.",
    });
