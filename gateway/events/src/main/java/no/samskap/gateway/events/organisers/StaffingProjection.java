package no.samskap.gateway.events.organisers;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.events.ShiftSignedUp;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.util.UUID;

/** How many volunteers have taken a place on each event's shifts, for the dashboard's co-creation figure. */
@Singleton
class StaffingProjection implements MessageHandler {

    private final DSLContext sql;
    private final HandlersByType handlers;

    StaffingProjection(DSLContext sql) {
        this.sql = sql;
        this.handlers = HandlersByType.of(EventsMessages.SHIFT)
            .on(EventsMessages.SHIFT_SIGNED_UP, this::signedUp)
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from event_staffing");
    }

    private void signedUp(Envelope envelope, ShiftSignedUp signedUp) {
        if (signedUp.waiting()) {
            return;
        }
        sql.execute("""
                insert into event_staffing (event_id, volunteers) values (?, 1)
                on conflict (event_id) do update set volunteers = event_staffing.volunteers + 1""",
            UUID.fromString(signedUp.eventId()));
    }
}
