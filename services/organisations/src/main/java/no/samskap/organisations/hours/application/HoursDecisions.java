package no.samskap.organisations.hours.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.help.application.Ids;
import no.samskap.organisations.hours.domain.HoursEntry;
import no.samskap.organisations.hours.domain.HoursEvent;
import no.samskap.organisations.hours.domain.HoursLog;
import no.samskap.platform.notifications.Notice;
import no.samskap.platform.notifications.PersonNotifier;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;

/**
 * An admin of the association approves or rejects a volunteer's hours, never their own and never another
 * association's; the municipality's staff do so for hours on a volunteer's own offer. The volunteer is told.
 */
@Singleton
public class HoursDecisions {

    private final HoursLog log;
    private final AssociationRights rights;
    private final HoursMessages messages;
    private final PersonNotifier notifier;
    private final Clock clock;

    HoursDecisions(HoursLog log, AssociationRights rights, HoursMessages messages, PersonNotifier notifier,
                   Clock clock) {
        this.log = log;
        this.rights = rights;
        this.messages = messages;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Transactional
    public HoursEntry approve(SignedInPerson approver, String entryId) {
        var approved = decidable(approver, entryId).approve(approver.subject(), clock.instant());
        return recorded(approved, "hours-approved");
    }

    @Transactional
    public HoursEntry reject(SignedInPerson approver, String entryId, String reason) {
        var rejected = decidable(approver, entryId).reject(approver.subject(), reason, clock.instant());
        return recorded(rejected, "hours-rejected");
    }

    private HoursEntry decidable(SignedInPerson approver, String entryId) {
        var entry = log.findForDecision(Ids.inPath("hours", entryId))
            .orElseThrow(() -> Refusal.notFound("no hours " + entryId));
        if (entry.isApprovedByAnAssociation()) {
            rights.requireAdmin(entry.associationId().toString(), approver);
        } else if (!approver.isStaffOf(entry.municipality().value())) {
            throw Refusal.forbidden("hours on a volunteer's own offer are approved by the municipality's staff");
        }
        return entry;
    }

    private HoursEntry recorded(HoursEvent decided, String kind) {
        var entry = decided.entry();
        log.decide(entry);
        messages.publish(decided);
        var subject = new NotificationSubject("hours", entry.id().toString(), entry.role() + ", " + entry.date(),
            "/meg/timer");
        notifier.notify(new Notice(entry.municipality().value(), entry.volunteerId(), subject, kind,
            entry.decision().reason(), decided.occurredAt()));
        return entry;
    }
}
