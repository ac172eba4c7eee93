package no.samskap.organisations.members.application;

import jakarta.inject.Singleton;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.platform.notifications.Notice;
import no.samskap.platform.notifications.PersonNotifier;

import java.time.Instant;

/**
 * Tells a person on their feed, in the transaction of the step, that they were invited to an association, that the
 * invitation was withdrawn, that their role in it changed, or that they were removed from it; and tells the admin who
 * invited someone that the invitation was accepted or refused. The note is a role code, never anything about a
 * person: the members page shows who joined.
 */
@Singleton
class MemberNotices {

    static final String INVITED = "invited";
    static final String ROLE_CHANGED = "role-changed";
    static final String REMOVED = "removed";
    static final String INVITATION_WITHDRAWN = "invitation-withdrawn";
    static final String INVITATION_ACCEPTED = "invitation-accepted";
    static final String INVITATION_REFUSED = "invitation-refused";

    private final PersonNotifier notifier;

    MemberNotices(PersonNotifier notifier) {
        this.notifier = notifier;
    }

    void tell(String personId, Association association, String kind, String note, Instant at) {
        var id = association.id().toString();
        notifier.notify(new Notice(association.municipality().value(), personId,
            new NotificationSubject("association", id, association.name(), "/foreninger/" + id), kind, note, at));
    }
}
