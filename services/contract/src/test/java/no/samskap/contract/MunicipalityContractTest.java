package no.samskap.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.municipalities.PersonBlocked;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MunicipalityContractTest {

    @Test
    void aDescribedMunicipalityNamesEachChoiceInThePagesLanguageAndBokmalForAnyOther() {
        var described = EnvelopeCodec.payload(EnvelopeCodec.fromJson(GoldenSamples.of(
            MunicipalityMessages.MUNICIPALITY_DESCRIBED)), MunicipalityMessages.MUNICIPALITY_DESCRIBED);

        assertEquals("Ullensvang", described.name());
        var culturalSchool = described.serviceArea("kulturskole").orElseThrow().names();
        assertEquals("Kulturskole", culturalSchool.in(Locale.forLanguageTag("nb")));
        assertEquals("Kulturskule", culturalSchool.in(Locale.forLanguageTag("nn")));
        assertEquals("Culture school", culturalSchool.in(Locale.ENGLISH));
        assertEquals("Kulturskole", culturalSchool.in(Locale.GERMAN));
        assertEquals("Public health", described.strategicValue("folkehelse").orElseThrow().names().in(Locale.ENGLISH));
        assertEquals("Born", described.targetGroup("barn").orElseThrow().names().in(Locale.forLanguageTag("nn")));
        assertTrue(described.strategicValue("kino").isEmpty());
    }

    @Test
    void theSharedTopicsNameTheCapabilityRatherThanTheServiceThatPublishesThemToday() {
        assertEquals("samskap.municipalities.municipality", MunicipalityMessages.MUNICIPALITY_DESCRIBED.topic());
        assertEquals("samskap.municipalities.person-block", MunicipalityMessages.PERSON_BLOCKED.topic());
        assertEquals(MunicipalityMessages.PERSON_BLOCKED.topic(), MunicipalityMessages.PERSON_UNBLOCKED.topic());
    }

    @Test
    void aBlockTravelsWithThePersonAndMunicipalityOnlyNeverAReasonOrWhoBlocked() throws Exception {
        var written = EnvelopeCodec.toJson(EnvelopeCodec.wrap(MunicipalityMessages.PERSON_BLOCKED,
            new PersonBlocked("troll", "1833", Instant.EPOCH), UUID.randomUUID(), Instant.EPOCH, "1833",
            MunicipalityMessages.personBlockId("1833", "troll")));

        var payload = new ObjectMapper().readTree(written).get("payload");
        var fields = new java.util.HashSet<String>();
        payload.fieldNames().forEachRemaining(fields::add);

        assertEquals(Set.of("personId", "municipality", "blockedAt"), fields);
        assertFalse(written.contains("reason"));
        assertEquals("1833/troll", new ObjectMapper().readTree(written).get("aggregateId").asText());
    }

    @Test
    void aMunicipalityNumberIsFourDigitsAndNothingElse() {
        assertEquals("1833", new MunicipalityNumber("1833").value());
        assertTrue(MunicipalityNumber.parse("4618").isPresent());
        assertTrue(MunicipalityNumber.parse("18330").isEmpty());
        assertTrue(MunicipalityNumber.parse(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new MunicipalityNumber("Rana"));
        assertThrows(IllegalArgumentException.class, () -> new MunicipalityNumber("183"));
    }
}
