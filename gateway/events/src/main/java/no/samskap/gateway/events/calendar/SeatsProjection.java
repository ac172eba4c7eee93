package no.samskap.gateway.events.calendar;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.events.Seats;
import no.samskap.gateway.events.live.EventChange;
import no.samskap.gateway.events.live.EventChanges;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

/**
 * Keeps each event's seats as its last registration message counts them, and tells the event page's watchers how
 * many are free. The messages name no person, and neither does this table.
 */
@Singleton
class SeatsProjection implements MessageHandler {

    private final DSLContext sql;
    private final EventChanges changes;
    private final HandlersByType handlers;

    SeatsProjection(DSLContext sql, EventChanges changes) {
        this.sql = sql;
        this.changes = changes;
        this.handlers = HandlersByType.of(EventsMessages.REGISTRATION)
            .on(EventsMessages.REGISTRATION_CONFIRMED, (envelope, confirmed) -> seats(envelope, confirmed.seats()))
            .on(EventsMessages.REGISTRATION_WAITLISTED, (envelope, waiting) -> seats(envelope, waiting.seats()))
            .on(EventsMessages.REGISTRATION_PROMOTED, (envelope, promoted) -> seats(envelope, promoted.seats()))
            .on(EventsMessages.REGISTRATION_CANCELLED, (envelope, cancelled) -> seats(envelope, cancelled.seats()))
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from event_seats");
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void seats(Envelope envelope, Seats seats) {
        sql.execute("""
                insert into event_seats (event_id, confirmed, waiting, capacity, changed_at)
                values (?, ?, ?, ?, ?::timestamptz)
                on conflict (event_id) do update
                   set confirmed = excluded.confirmed, waiting = excluded.waiting, capacity = excluded.capacity,
                       changed_at = excluded.changed_at""",
            CalendarProjection.id(envelope), seats.confirmed(), seats.waiting(), seats.capacity(),
            CalendarProjection.utc(envelope.occurredAt()));
        var free = seats.capacity() == null ? null : Math.max(seats.capacity() - seats.confirmed(), 0);
        changes.announceAfterCommit(new EventChange(envelope.municipality(), envelope.aggregateId(), "seats", free,
            seats.waiting()));
    }
}
