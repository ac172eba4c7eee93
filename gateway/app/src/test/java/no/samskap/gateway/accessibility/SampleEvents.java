package no.samskap.gateway.accessibility;

import no.samskap.contract.events.EventFacts;
import no.samskap.contract.events.Seats;
import no.samskap.gateway.events.EventMessagesOnKafka;
import no.samskap.testkit.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events worth looking at, told on Kafka as the events service tells them: a concert co-hosted by the sample choir,
 * with seats taken and a volunteer shift, a reading hour at the library, and a venue whose room the choir applied
 * to borrow.
 */
final class SampleEvents {

    static final String CONCERT = UUID.nameUUIDFromBytes("sample-concert".getBytes(StandardCharsets.UTF_8)).toString();
    static final String SHIFT = UUID.nameUUIDFromBytes("sample-shift".getBytes(StandardCharsets.UTF_8)).toString();
    /** The idea the concert carries out; its offers of help come from the stand-in events service. */
    static final String IDEA = UUID.nameUUIDFromBytes("sample-concert-idea".getBytes(StandardCharsets.UTF_8)).toString();

    private SampleEvents() {
    }

    /** The placeholders {@link PageType} paths may use, and their values; {@code choir} is the sample association. */
    static Map<String, String> publish(TestInfrastructure infrastructure, String choir) {
        var concert = CONCERT;
        var reading = UUID.nameUUIDFromBytes("sample-reading".getBytes(StandardCharsets.UTF_8)).toString();
        var shift = SHIFT;
        try (var kafka = new EventMessagesOnKafka(infrastructure)) {
            var facts = EventMessagesOnKafka.concert("Vårkonsert", EventMessagesOnKafka.SATURDAY_EVENING);
            kafka.published(concert, SampleIdeas.MUNICIPALITY, new EventFacts(facts.title(), facts.description(),
                facts.hostingUnit(), List.of(choir), List.of(IDEA), facts.venueId(), facts.venueName(),
                facts.venueAddress(), facts.startsAt(), facts.endsAt(), facts.audience(), List.of(), facts.priceNok(),
                facts.capacity(), facts.accessibility()));
            kafka.confirmed(concert, SampleIdeas.MUNICIPALITY, 2, new Seats(40, 0, 120));
            kafka.shiftCreated(concert, SampleIdeas.MUNICIPALITY, shift, "Billettkontroll", 3, 16);
            kafka.published(reading, SampleIdeas.MUNICIPALITY, EventMessagesOnKafka.readingHour("Eventyrstund",
                EventMessagesOnKafka.SATURDAY_EVENING.minusSeconds(14 * 24 * 3600)));
            kafka.venueDescribed(SampleOrganiserAnswers.VENUE, SampleIdeas.MUNICIPALITY, "Rana kulturhus, black box",
                List.of("step-free", "hearing-loop", "accessible-toilet"));
            kafka.roomRequested(SampleOrganiserAnswers.ROOM_BOOKING, SampleOrganiserAnswers.VENUE,
                SampleIdeas.MUNICIPALITY, choir, true, EventMessagesOnKafka.SATURDAY_EVENING, null);
        }
        return Map.of("event", concert, "venue", SampleOrganiserAnswers.VENUE, "roomBooking",
            SampleOrganiserAnswers.ROOM_BOOKING);
    }
}
