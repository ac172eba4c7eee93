package no.samskap.gateway.shell.notifications;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.notifications.NotificationsMessages;
import no.samskap.contract.notifications.PersonNotified;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import no.samskap.platform.consumption.WhenCommitted;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps each person's one feed from {@code samskap.notifications.feed}, whichever service told them, and tells the
 * person's open pages of a new entry once the transaction that stored it has committed. A replay forgets the entries
 * and keeps what the person read and what a digest told them, which no message carries.
 */
@Singleton
class FeedProjection implements MessageHandler {

    private final DSLContext sql;
    private final WhenCommitted whenCommitted;
    private final FeedChanges changes;
    private final HandlersByType handlers;

    FeedProjection(DSLContext sql, WhenCommitted whenCommitted, FeedChanges changes) {
        this.sql = sql;
        this.whenCommitted = whenCommitted;
        this.changes = changes;
        this.handlers = HandlersByType.of(NotificationsMessages.FEED)
            .on(NotificationsMessages.PERSON_NOTIFIED, this::notified)
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from notification_entry");
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void notified(Envelope envelope, PersonNotified notified) {
        var subject = notified.subject();
        var stored = sql.execute("""
                insert into notification_entry (notification_id, person_id, service, subject_type, subject_id,
                subject_title, link_path, kind, note, notified_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz)
                on conflict (notification_id) do nothing""",
            UUID.fromString(notified.notificationId()), notified.personId(), notified.service(), subject.type(),
            subject.id(), orEmpty(subject.title()), orEmpty(subject.linkPath()), notified.kind(),
            orEmpty(notified.note()), OffsetDateTime.ofInstant(notified.notifiedAt(), ZoneOffset.UTC));
        if (stored > 0) {
            var entry = new NewEntry(notified.personId(), notified.notificationId(), subject.type(), subject.id(),
                notified.kind());
            whenCommitted.run(() -> changes.announce(entry));
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
