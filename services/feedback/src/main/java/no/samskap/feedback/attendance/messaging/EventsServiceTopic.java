package no.samskap.feedback.attendance.messaging;

import no.samskap.contract.Envelope;
import no.samskap.contract.AggregateType;
import no.samskap.feedback.attendance.application.AttendanceRecords;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;

/** One topic of the events service whose messages each become a fact in the {@link AttendanceRecords}. */
abstract class EventsServiceTopic implements MessageHandler {

    protected final AttendanceRecords records;
    private final HandlersByType handlers;

    EventsServiceTopic(AttendanceRecords records) {
        this.records = records;
        this.handlers = handlers(HandlersByType.of(source())).build();
    }

    /** What to do with each type this topic brings that the service follows. */
    abstract HandlersByType.Builder handlers(HandlersByType.Builder builder);

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    @Override
    public abstract AggregateType source();
}
