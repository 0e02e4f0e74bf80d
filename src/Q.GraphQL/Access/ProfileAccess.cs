using GraphQL;
using GraphQL.DataLoader;
using Q.Core.Model;
using Q.Core.Ports;
using Q.GraphQL.Loading;

namespace Q.GraphQL.Access;

/// <summary>The parts of a member's profile whose visibility the member chooses.</summary>
public enum ProfileField { Headline, Bio, Email, Phone, Topics, Connections }

/// <summary>
/// The only way resolvers read a member's optional profile parts. The decision itself is
/// <see cref="Viewer.CanSee"/>; this maps each field to the member's setting for it and says what a hidden
/// part looks like (null, an empty list, an empty page), so a hidden part is indistinguishable from an absent one.
/// </summary>
public static class ProfileAccess
{
    /// <summary>
    /// Whether the viewer may see the part; a non-public part of someone else's profile that is shown is recorded
    /// in the audit log (who read which field of whom, never the value).
    /// </summary>
    public static bool CanSee(IResolveFieldContext context, Member member, ProfileField field)
    {
        var viewer = context.Viewer();
        var setting = SettingFor(member.Visibility, field);
        if (!viewer.CanSee(member, setting)) return false;
        if (setting != Visibility.Public && member.Id != viewer.MemberId)
            context.Audit().Record("read", member.Id, field.ToString().ToLowerInvariant());
        return true;
    }

    /// <summary>The value when the viewer may see it, else null.</summary>
    public static T? Reveal<T>(this IResolveFieldContext<Member> context, ProfileField field, Func<Member, T?> value) =>
        CanSee(context, context.Source, field) ? value(context.Source) : default;

    /// <summary>The list when the viewer may see it, else an empty list.</summary>
    public static IReadOnlyList<T> RevealList<T>(this IResolveFieldContext<Member> context, ProfileField field, Func<Member, IReadOnlyList<T>> value) =>
        CanSee(context, context.Source, field) ? value(context.Source) : [];

    /// <summary>The page when the viewer may see it, else an empty page (totalCount 0) without touching the store.</summary>
    public static IDataLoaderResult<MemberPage?> RevealPage(
        this IResolveFieldContext<Member> context, ProfileField field, Func<Member, IDataLoaderResult<MemberPage?>> load) =>
        CanSee(context, context.Source, field) ? load(context.Source) : new Loaded<MemberPage?>(MemberPage.Empty);

    /// <summary>
    /// A list that includes a member because of a part they showed only to members (their topics in a topic list,
    /// their ties in someone's connections) reveals that part: it is audited like reading the field.
    /// </summary>
    public static MemberPage? AuditListed(IResolveFieldContext context, MemberPage? page, ProfileField field)
    {
        var viewer = context.Viewer();
        foreach (var member in page?.Members ?? [])
            if (SettingFor(member.Visibility, field) != Visibility.Public && member.Id != viewer.MemberId)
                context.Audit().Record("read", member.Id, field.ToString().ToLowerInvariant());
        return page;
    }

    private static Visibility SettingFor(ProfileVisibility visibility, ProfileField field) => field switch
    {
        ProfileField.Headline => visibility.Headline,
        ProfileField.Bio => visibility.Bio,
        ProfileField.Email => visibility.Email,
        ProfileField.Phone => visibility.Phone,
        ProfileField.Topics => visibility.Topics,
        ProfileField.Connections => visibility.Connections,
        _ => Visibility.Private, // a field we forgot to map stays hidden rather than leaking
    };
}
