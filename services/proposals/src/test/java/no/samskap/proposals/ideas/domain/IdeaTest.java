package no.samskap.proposals.ideas.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdeaTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Municipality RANA = new Municipality("1833");

    private static Idea.Submitted submit(String title, String body, String serviceArea) {
        var classification = Classification.of(MunicipalitySettings.defaultsFor(RANA), serviceArea, null, null, null, null);
        return Idea.submit(IdeaId.random(), RANA, "rana-resident-1", title, body, classification, NOW, UUID.randomUUID());
    }

    @Test
    void aSubmittedIdeaAnnouncesItselfWithTheSameContent() {
        var submitted = submit("  eSport-rom i kulturhuset  ", "Eit rom for speling.\nOpent kvar kveld.", "digital");

        assertEquals("eSport-rom i kulturhuset", submitted.idea().title());
        assertEquals(IdeaStatus.SUBMITTED, submitted.idea().status());
        assertEquals(submitted.idea().id(), submitted.domainEvent().ideaId());
        assertEquals(submitted.idea().title(), submitted.domainEvent().title());
        assertEquals(ServiceArea.DIGITAL_AND_ESPORT, submitted.domainEvent().serviceArea());
        assertEquals(NOW, submitted.domainEvent().occurredAt());
    }

    @Test
    void refusesATitleShorterThanFiveCharacters() {
        var refusal = assertThrows(InvalidIdeaException.class, () -> submit("Kino", "Mer kino", "kino"));
        assertEquals("title", refusal.field());
    }

    @Test
    void refusesATitleAndABodyOfTheWrongLengthTogetherNamingBoth() {
        var refusal = assertThrows(InvalidIdeaException.class, () -> submit("Kino", "x".repeat(Idea.BODY_MAX + 1),
            "kino"));

        assertEquals(List.of(new InvalidIdeaException.Fault("title", "must be between 5 and 120 characters, was 4"),
            new InvalidIdeaException.Fault("body", "must be between 1 and 5000 characters, was 5001")), refusal.faults());
    }

    @Test
    void countsEmojiAsOneCharacterEach() {
        var title = "🎮".repeat(Idea.TITLE_MAX);
        assertEquals(title, submit(title, "Spill", "digital").idea().title());
        assertThrows(InvalidIdeaException.class, () -> submit(title + "🎮", "Spill", "digital"));
    }

    @Test
    void theBodyIsOneToFiveThousandCharactersCountedAsPeopleCountThem() {
        var longest = "🎻".repeat(Idea.BODY_MAX);
        assertEquals(longest, submit("Fiolin for alle", longest, "kulturskole").idea().body());

        var tooLong = assertThrows(InvalidIdeaException.class, () -> submit("Fiolin for alle", longest + "🎻", "kulturskole"));
        assertEquals("body", tooLong.field());
        var blank = assertThrows(InvalidIdeaException.class, () -> submit("Fiolin for alle", " \n ", "kulturskole"));
        assertEquals("body", blank.field());
    }

    @Test
    void refusesAnUnknownServiceArea() {
        var refusal = assertThrows(InvalidIdeaException.class, () -> submit("Mer lesesal", "Plass", "svømmehall"));
        assertEquals("serviceArea", refusal.field());
    }

    @Test
    void refusesAMunicipalityThatIsNoKommunenummer() {
        var refusal = assertThrows(InvalidIdeaException.class, () -> new Municipality("183"));
        assertEquals("municipality", refusal.field());
    }
}
