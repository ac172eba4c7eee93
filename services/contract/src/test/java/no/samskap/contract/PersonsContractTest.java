package no.samskap.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import no.samskap.contract.persons.PersonErased;
import no.samskap.contract.persons.PersonsMessages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonsContractTest {

    @Test
    void anErasureTravelsOnThePersonsTopicKeyedByTheSubjectId() {
        var envelope = EnvelopeCodec.fromJson(GoldenSamples.of(PersonsMessages.PERSON_ERASED));
        var erased = EnvelopeCodec.payload(envelope, PersonsMessages.PERSON_ERASED);

        assertEquals("samskap.persons.erasure", PersonsMessages.PERSON_ERASED.topic());
        assertEquals(erased.subjectId(), envelope.aggregateId());
        assertEquals(Instant.parse("2026-12-06T15:30:00Z"), erased.erasedAt());
    }

    @Test
    void anErasureCarriesTheSubjectIdAndTimeOnlyNeverANameOrAnAddress() throws Exception {
        var written = EnvelopeCodec.toJson(EnvelopeCodec.wrap(PersonsMessages.PERSON_ERASED,
            new PersonErased("rana-resident-7", Instant.EPOCH), UUID.randomUUID(), Instant.EPOCH, "1833",
            "rana-resident-7"));

        var fields = new HashSet<String>();
        new ObjectMapper().readTree(written).get("payload").fieldNames().forEachRemaining(fields::add);

        assertEquals(Set.of("subjectId", "erasedAt"), fields);
    }
}
