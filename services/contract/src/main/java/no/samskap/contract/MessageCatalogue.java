package no.samskap.contract;

import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.feedback.FeedbackMessages;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.notifications.NotificationsMessages;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.contract.persons.PersonsMessages;
import no.samskap.contract.proposals.ProposalsMessages;

import java.util.List;
import java.util.Optional;

/** Every message type on the wire; docs/messages.md describes each and a golden sample pins its shape. */
public final class MessageCatalogue {

    private static final List<MessageType<?>> ALL = List.of(
        ProposalsMessages.IDEA_SUBMITTED,
        ProposalsMessages.IDEA_PUBLISHED,
        ProposalsMessages.IDEA_REJECTED,
        ProposalsMessages.IDEA_ASSESSMENT_STARTED,
        ProposalsMessages.IDEA_ANSWERED,
        ProposalsMessages.IDEA_WITHDRAWN,
        ProposalsMessages.IDEA_REALISED,
        ProposalsMessages.IDEA_HIDDEN,
        ProposalsMessages.IDEA_RESTORED,
        ProposalsMessages.IDEA_APPEALED,
        ProposalsMessages.IDEA_APPEAL_DECIDED,
        ProposalsMessages.SUPPORT_GIVEN,
        ProposalsMessages.SUPPORT_WITHDRAWN,
        ProposalsMessages.SUPPORT_THRESHOLD_REACHED,
        ProposalsMessages.PETITION_STARTED,
        ProposalsMessages.PETITION_SIGNATURE_COUNT_CHANGED,
        ProposalsMessages.PETITION_SENT,
        ProposalsMessages.PETITION_HANDLED,
        ProposalsMessages.REPORT_RECEIVED,
        ProposalsMessages.COMMENT_ADDED,
        ProposalsMessages.COMMENT_EDITED,
        ProposalsMessages.COMMENT_HIDDEN,
        ProposalsMessages.COMMENT_RESTORED,
        ProposalsMessages.COMMENT_APPEALED,
        ProposalsMessages.COMMENT_APPEAL_DECIDED,
        ProposalsMessages.IDEA_EDITED,
        ProposalsMessages.IDEA_FOLLOWED,
        ProposalsMessages.IDEA_UNFOLLOWED,
        ProposalsMessages.NOTIFICATION_ADDED,
        ProposalsMessages.NOTIFICATIONS_READ,
        ProposalsMessages.RESPONSE_DATE_CHANGED,
        MunicipalityMessages.MUNICIPALITY_DESCRIBED,
        MunicipalityMessages.PERSON_BLOCKED,
        MunicipalityMessages.PERSON_UNBLOCKED,
        NotificationsMessages.PERSON_NOTIFIED,
        PersonsMessages.PERSON_ERASED,
        OrganisationsMessages.ASSOCIATION_REGISTERED,
        OrganisationsMessages.ASSOCIATION_CHECKED,
        OrganisationsMessages.ASSOCIATION_VERIFIED,
        OrganisationsMessages.ASSOCIATION_UPDATED,
        OrganisationsMessages.MEMBER_ADDED,
        OrganisationsMessages.MEMBER_REMOVED,
        OrganisationsMessages.MEMBER_ROLE_CHANGED,
        OrganisationsMessages.VOLUNTEER_REGISTERED,
        OrganisationsMessages.VOLUNTEER_UPDATED,
        OrganisationsMessages.VOLUNTEER_WITHDRAWN,
        OrganisationsMessages.ATTEST_SIGHTED,
        OrganisationsMessages.ATTEST_EXPIRING,
        OrganisationsMessages.ATTEST_EXPIRED,
        OrganisationsMessages.HELP_OFFERED,
        OrganisationsMessages.HELP_ACCEPTED,
        OrganisationsMessages.HELP_DECLINED,
        OrganisationsMessages.HELP_REQUESTED,
        OrganisationsMessages.HELP_REQUEST_TAKEN,
        OrganisationsMessages.HOURS_LOGGED,
        OrganisationsMessages.HOURS_APPROVED,
        OrganisationsMessages.HOURS_REJECTED,
        EventsMessages.EVENT_DRAFTED,
        EventsMessages.EVENT_PUBLISHED,
        EventsMessages.EVENT_UPDATED,
        EventsMessages.EVENT_CANCELLED,
        EventsMessages.EVENT_COMPLETED,
        EventsMessages.REGISTRATION_CONFIRMED,
        EventsMessages.REGISTRATION_WAITLISTED,
        EventsMessages.REGISTRATION_PROMOTED,
        EventsMessages.REGISTRATION_CANCELLED,
        EventsMessages.SHIFT_CREATED,
        EventsMessages.SHIFT_SIGNED_UP,
        EventsMessages.SHIFT_FILLED,
        EventsMessages.SHIFT_LEFT,
        EventsMessages.SHIFT_CHECKED_IN,
        EventsMessages.SHIFT_CHANGED,
        EventsMessages.VENUE_DESCRIBED,
        EventsMessages.ROOM_BOOKING_REQUESTED,
        EventsMessages.ROOM_BOOKING_DECLINED,
        EventsMessages.ROOM_BOOKED,
        EventsMessages.ROOM_BOOKING_CANCELLED,
        EventsMessages.ATTENDEE_REGISTERED,
        EventsMessages.ATTENDEE_UNREGISTERED,
        EventsMessages.ATTENDEE_CHECKED_IN,
        FeedbackMessages.FEEDBACK_GIVEN,
        FeedbackMessages.FEEDBACK_EDITED,
        FeedbackMessages.FEEDBACK_WITHDRAWN,
        FeedbackMessages.FEEDBACK_ANSWERED,
        FeedbackMessages.FEEDBACK_RESPONSE_DATE_CHANGED,
        FeedbackMessages.FEEDBACK_HIDDEN,
        FeedbackMessages.FEEDBACK_RESTORED,
        FeedbackMessages.FEEDBACK_TURNED_INTO_IDEA);

    private MessageCatalogue() {
    }

    public static List<MessageType<?>> all() {
        return ALL;
    }

    public static Optional<MessageType<?>> find(String name, int version) {
        return ALL.stream().filter(type -> type.name().equals(name) && type.version() == version).findFirst();
    }
}
