package no.samskap.contract.organisations;

import no.samskap.contract.AggregateType;
import no.samskap.contract.MessageType;

/**
 * The messages the organisations service publishes. An association's own changes and its memberships travel on
 * {@code samskap.organisations.association}, keyed by the association's id, so they stay in order. Messages name
 * people by their subject id only: an association's name and description are the association's, not a person's.
 * A volunteer's profile and their politiattest sightings travel on {@code samskap.organisations.volunteer}, keyed by
 * the volunteer's person id, so a reader can tell per volunteer whether a valid sighting exists.
 */
public final class OrganisationsMessages {

    public static final AggregateType ASSOCIATION = new AggregateType("organisations", "association");
    /** Offers of help and requests for help, keyed by the offer's or the request's id. */
    public static final AggregateType HELP = new AggregateType("organisations", "help");
    /** Logged hours, keyed by the entry's id. */
    public static final AggregateType HOURS = new AggregateType("organisations", "hours");

    public static final MessageType<AssociationRegistered> ASSOCIATION_REGISTERED =
        new MessageType<>("association-registered", 1, ASSOCIATION, AssociationRegistered.class);
    public static final MessageType<AssociationChecked> ASSOCIATION_CHECKED =
        new MessageType<>("association-checked", 1, ASSOCIATION, AssociationChecked.class);
    public static final MessageType<AssociationVerified> ASSOCIATION_VERIFIED =
        new MessageType<>("association-verified", 1, ASSOCIATION, AssociationVerified.class);
    public static final MessageType<AssociationUpdated> ASSOCIATION_UPDATED =
        new MessageType<>("association-updated", 1, ASSOCIATION, AssociationUpdated.class);
    public static final MessageType<MemberAdded> MEMBER_ADDED =
        new MessageType<>("member-added", 1, ASSOCIATION, MemberAdded.class);
    public static final MessageType<MemberRemoved> MEMBER_REMOVED =
        new MessageType<>("member-removed", 1, ASSOCIATION, MemberRemoved.class);
    public static final MessageType<MemberRoleChanged> MEMBER_ROLE_CHANGED =
        new MessageType<>("member-role-changed", 1, ASSOCIATION, MemberRoleChanged.class);

    public static final AggregateType VOLUNTEER = new AggregateType("organisations", "volunteer");

    public static final MessageType<VolunteerRegistered> VOLUNTEER_REGISTERED =
        new MessageType<>("volunteer-registered", 1, VOLUNTEER, VolunteerRegistered.class);
    public static final MessageType<VolunteerUpdated> VOLUNTEER_UPDATED =
        new MessageType<>("volunteer-updated", 1, VOLUNTEER, VolunteerUpdated.class);
    public static final MessageType<VolunteerWithdrawn> VOLUNTEER_WITHDRAWN =
        new MessageType<>("volunteer-withdrawn", 1, VOLUNTEER, VolunteerWithdrawn.class);
    public static final MessageType<AttestSighted> ATTEST_SIGHTED =
        new MessageType<>("attest-sighted", 1, VOLUNTEER, AttestSighted.class);
    public static final MessageType<AttestExpiring> ATTEST_EXPIRING =
        new MessageType<>("attest-expiring", 1, VOLUNTEER, AttestExpiring.class);
    public static final MessageType<AttestExpired> ATTEST_EXPIRED =
        new MessageType<>("attest-expired", 1, VOLUNTEER, AttestExpired.class);

    public static final MessageType<HelpOffered> HELP_OFFERED =
        new MessageType<>("help-offered", 1, HELP, HelpOffered.class);
    public static final MessageType<HelpAccepted> HELP_ACCEPTED =
        new MessageType<>("help-accepted", 1, HELP, HelpAccepted.class);
    public static final MessageType<HelpDeclined> HELP_DECLINED =
        new MessageType<>("help-declined", 1, HELP, HelpDeclined.class);
    public static final MessageType<HelpRequested> HELP_REQUESTED =
        new MessageType<>("help-requested", 1, HELP, HelpRequested.class);
    public static final MessageType<HelpRequestTaken> HELP_REQUEST_TAKEN =
        new MessageType<>("help-request-taken", 1, HELP, HelpRequestTaken.class);
    public static final MessageType<HoursLogged> HOURS_LOGGED =
        new MessageType<>("hours-logged", 1, HOURS, HoursLogged.class);
    public static final MessageType<HoursApproved> HOURS_APPROVED =
        new MessageType<>("hours-approved", 1, HOURS, HoursApproved.class);
    public static final MessageType<HoursRejected> HOURS_REJECTED =
        new MessageType<>("hours-rejected", 1, HOURS, HoursRejected.class);

    private OrganisationsMessages() {
    }
}
