package no.samskap.organisations.help.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HelpOfferTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void anOfferOfHoursNamesItsHoursAndOtherKindsNameNone() {
        assertEquals("hours", refusalOf(() -> offer(HelpKind.HOURS, null, List.of())).field());
        assertEquals("hours", refusalOf(() -> offer(HelpKind.HOURS, -1.0, List.of())).field());
        assertEquals("hours", refusalOf(() -> offer(HelpKind.VENUE, 2.0, List.of())).field());
        assertEquals(12.0, offer(HelpKind.HOURS, 12.0, List.of()).hours());
    }

    @Test
    void anOfferOfSkillsNamesAtLeastOneSkillCodeAndRepeatsAreDropped() {
        assertEquals("skills", refusalOf(() -> offer(HelpKind.SKILLS, null, List.of())).field());
        assertEquals("skills", refusalOf(() -> offer(HelpKind.SKILLS, null, List.of("Lyd/lys"))).field());
        assertEquals(List.of("kafe", "vakt"), offer(HelpKind.SKILLS, null, List.of("kafe", "vakt", "kafe")).skills());
    }

    @Test
    void anOfferIsAnsweredOnceAndADeclineGivesAReason() {
        var offer = offer(HelpKind.VENUE, null, List.of());

        assertEquals("reason", refusalOf(() -> offer.decline("staff", " ", NOW)).field());
        var accepted = offer.accept("staff", null, NOW).offer();

        assertEquals(OfferStatus.ACCEPTED, accepted.status());
        assertEquals("", accepted.decision().note());
        assertEquals(Refusal.Kind.CONFLICT, refusalOf(() -> accepted.accept("other", "igjen", NOW)).kind());
        assertEquals(Refusal.Kind.CONFLICT, refusalOf(() -> accepted.decline("other", "for sent", NOW)).kind());
    }

    private static HelpOffer offer(HelpKind kind, Double hours, List<String> skills) {
        return HelpOffer.offer(UUID.randomUUID(), new MunicipalityNumber("1833"), UUID.randomUUID(),
            AssociationId.random(), "admin", kind, hours, skills, "Vi hjelper gjerne.", NOW).offer();
    }

    private static Refusal refusalOf(org.junit.jupiter.api.function.Executable step) {
        return assertThrows(Refusal.class, step);
    }
}
