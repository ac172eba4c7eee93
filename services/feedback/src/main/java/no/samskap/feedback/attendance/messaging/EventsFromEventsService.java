package no.samskap.feedback.attendance.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.events.EventFacts;
import no.samskap.contract.events.EventsMessages;
import no.samskap.feedback.attendance.application.AttendanceRecords;
import no.samskap.platform.consumption.HandlersByType;

import java.time.Instant;
import java.util.UUID;

/** Keeps what the service needs of each event: its title and times, and whether it was completed or cancelled. */
@Singleton
class EventsFromEventsService extends EventsServiceTopic {

    EventsFromEventsService(AttendanceRecords records) {
        super(records);
    }

    @Override
    public AggregateType source() {
        return EventsMessages.EVENT;
    }

    @Override
    HandlersByType.Builder handlers(HandlersByType.Builder builder) {
        return builder
            .on(EventsMessages.EVENT_DRAFTED, (envelope, drafted) -> described(envelope, drafted.eventId(),
                drafted.facts(), drafted.draftedAt()))
            .on(EventsMessages.EVENT_PUBLISHED, (envelope, published) -> described(envelope, published.eventId(),
                published.facts(), published.publishedAt()))
            .on(EventsMessages.EVENT_UPDATED, (envelope, updated) -> described(envelope, updated.eventId(),
                updated.facts(), updated.updatedAt()))
            .on(EventsMessages.EVENT_COMPLETED, (envelope, completed) -> records.completed(
                UUID.fromString(completed.eventId()), envelope.municipality(), completed.completedAt()))
            .on(EventsMessages.EVENT_CANCELLED, (envelope, cancelled) -> records.cancelled(
                UUID.fromString(cancelled.eventId()), envelope.municipality(), cancelled.cancelledAt()));
    }

    @Override
    public void forgetEverything() {
        records.forgetEvents();
    }

    private void described(Envelope envelope, String eventId, EventFacts facts, Instant at) {
        records.described(UUID.fromString(eventId), envelope.municipality(), facts.title(), facts.startsAt(),
            facts.endsAt(), at);
    }
}
