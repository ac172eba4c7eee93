package no.samskap.gateway.events;

import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.events.EventCancelled;
import no.samskap.contract.events.EventCompleted;
import no.samskap.contract.events.EventDrafted;
import no.samskap.contract.events.EventFacts;
import no.samskap.contract.events.EventPublished;
import no.samskap.contract.events.EventUpdated;
import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.events.RegistrationConfirmed;
import no.samskap.contract.events.RegistrationWaitlisted;
import no.samskap.contract.events.RoomBooked;
import no.samskap.contract.events.RoomBookingRequested;
import no.samskap.contract.events.Seats;
import no.samskap.contract.events.ShiftCreated;
import no.samskap.contract.events.ShiftLeft;
import no.samskap.contract.events.ShiftSignedUp;
import no.samskap.contract.events.VenueDescribed;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Publishes what the events service would, each message keyed by its event as the service keys it. */
public final class EventMessagesOnKafka implements AutoCloseable {

    /** Saturday 27 March 2027 at 18.00 in Norway. */
    public static final Instant SATURDAY_EVENING = Instant.parse("2027-03-27T17:00:00Z");

    private final KafkaProducer<String, byte[]> producer;
    private final String topicPrefix;

    public EventMessagesOnKafka(TestInfrastructure infrastructure) {
        producer = infrastructure.producer();
        topicPrefix = infrastructure.topicPrefix();
    }

    /** A concert at the culture house: for everyone, NOK 150, 120 seats, step-free with a hearing loop. */
    public static EventFacts concert(String title, Instant startsAt) {
        return new EventFacts(title, "Vårkonsert med kulturskolens elever.\n\nKaffe i pausen.", "kulturhus", List.of(),
            List.of(), UUID.randomUUID().toString(), "Kulturhuset", "Kulturgata 1, Mo i Rana", startsAt,
            startsAt.plus(Duration.ofHours(2)), "alle", List.of(), 150, 120, List.of("step-free", "hearing-loop"));
    }

    /** A free reading hour at the library for children, with no limit on seats and no accessibility facts. */
    public static EventFacts readingHour(String title, Instant startsAt) {
        return new EventFacts(title, "Høytlesing for de minste.", "bibliotek", List.of(), List.of(), null, null, null,
            startsAt, startsAt.plus(Duration.ofHours(1)), "barn", List.of(), null, null, List.of());
    }

    public void drafted(String id, String municipality, EventFacts facts) {
        send(EventsMessages.EVENT_DRAFTED, new EventDrafted(id, facts, "staff", Instant.now()), municipality, id);
    }

    public void published(String id, String municipality, EventFacts facts) {
        send(EventsMessages.EVENT_PUBLISHED, new EventPublished(id, facts, "staff", Instant.now()), municipality, id);
    }

    public void updated(String id, String municipality, EventFacts facts) {
        send(EventsMessages.EVENT_UPDATED, new EventUpdated(id, facts, "staff", Instant.now()), municipality, id);
    }

    public void cancelled(String id, String municipality, String reason) {
        send(EventsMessages.EVENT_CANCELLED, new EventCancelled(id, reason, "staff", Instant.now()), municipality, id);
    }

    public void completed(String id, String municipality, List<String> ideaIds) {
        send(EventsMessages.EVENT_COMPLETED, new EventCompleted(id, ideaIds, 80, "staff", Instant.now()), municipality,
            id);
    }

    public void confirmed(String id, String municipality, int places, Seats seats) {
        send(EventsMessages.REGISTRATION_CONFIRMED, new RegistrationConfirmed(id, UUID.randomUUID().toString(), places,
            seats, Instant.now()), municipality, id);
    }

    public void waitlisted(String id, String municipality, int places, int position, Seats seats) {
        send(EventsMessages.REGISTRATION_WAITLISTED, new RegistrationWaitlisted(id, UUID.randomUUID().toString(), places,
            position, seats, Instant.now()), municipality, id);
    }

    public void shiftCreated(String id, String municipality, String shiftId, String role, int needed,
                             Integer minimumAge) {
        send(EventsMessages.SHIFT_CREATED, new ShiftCreated(id, shiftId, role, SATURDAY_EVENING.minus(Duration.ofHours(1)),
            SATURDAY_EVENING.plus(Duration.ofHours(2)), needed, minimumAge, false, Instant.now()), municipality, id);
    }

    public void signedUp(String id, String municipality, String shiftId, String volunteer, int filled, int needed) {
        send(EventsMessages.SHIFT_SIGNED_UP, new ShiftSignedUp(id, shiftId, volunteer, null, filled > needed, filled,
            needed, Instant.now()), municipality, id);
    }

    public void left(String id, String municipality, String shiftId, String volunteer, int filled, int needed) {
        send(EventsMessages.SHIFT_LEFT, new ShiftLeft(id, shiftId, volunteer, null, filled, needed, Instant.now()),
            municipality, id);
    }

    /** A venue as staff describe it, lent to associations; keyed by the venue as the service keys it. */
    public void venueDescribed(String venueId, String municipality, String name, List<String> accessibility) {
        send(EventsMessages.VENUE_DESCRIBED, new VenueDescribed(venueId, name, "Kulturgata 1, Mo i Rana", 80,
            accessibility, true, Instant.now()), municipality, venueId);
    }

    /** An association's application for the venue's room from {@code startsAt}, weekly up to {@code weeklyUntil}. */
    public void roomRequested(String bookingId, String venueId, String municipality, String associationId,
                              boolean childrenAndYouth, Instant startsAt, LocalDate weeklyUntil) {
        send(EventsMessages.ROOM_BOOKING_REQUESTED, new RoomBookingRequested(bookingId, venueId, associationId,
            childrenAndYouth, startsAt, startsAt.plus(Duration.ofHours(2)), weeklyUntil, Instant.now()), municipality,
            venueId);
    }

    public void roomBooked(String bookingId, String venueId, String municipality, String associationId) {
        send(EventsMessages.ROOM_BOOKED, new RoomBooked(bookingId, venueId, associationId, null, "Korøvelse",
            SATURDAY_EVENING, SATURDAY_EVENING.plus(Duration.ofHours(2)), null, Instant.now()), municipality, venueId);
    }

    public <P> void send(MessageType<P> type, P payload, String municipality, String id) {
        try {
            producer.send(new ProducerRecord<>(topicPrefix + type.topic(), id, EnvelopeCodec.toBytes(
                EnvelopeCodec.wrap(type, payload, UUID.randomUUID(), Instant.now(), municipality, id)))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish " + type.name(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
