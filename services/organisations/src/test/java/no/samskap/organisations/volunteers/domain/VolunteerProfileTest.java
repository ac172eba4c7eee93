package no.samskap.organisations.volunteers.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VolunteerProfileTest {

    private static final MunicipalityNumber RANA = new MunicipalityNumber("1833");
    private static final Instant FIRST = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void theFirstProfileIsRegisteredAndTheNextReplacesItKeepingWhenItBegan() {
        var registered = VolunteerProfile.put(Optional.empty(), "vol", RANA, details("18-25", "kafe"), FIRST);
        var updated = VolunteerProfile.put(Optional.of(registered.profile()), "vol", RANA, details("18-25", "vakt"),
            LATER);

        assertInstanceOf(VolunteerEvent.Registered.class, registered);
        assertInstanceOf(VolunteerEvent.Updated.class, updated);
        assertEquals(FIRST, updated.profile().registeredAt());
        assertEquals(LATER, updated.profile().updatedAt());
        assertEquals(List.of("vakt"), updated.profile().details().skills());
    }

    @Test
    void repeatedCodesAreKeptOnceInTheOrderGiven() {
        var details = new VolunteerProfile.Details(List.of("scene", "kafe", "scene"), List.of("weekends"), null,
            List.of("se", "nb", "se"), false, "67-plus");

        assertEquals(List.of("scene", "kafe"), details.skills());
        assertEquals(List.of("se", "nb"), details.languages());
        assertEquals("", details.availabilityNote());
    }

    @Test
    void unknownCodesAreRefusedNamingTheField() {
        assertEquals("skills", refused(() -> details("18-25", "sang")));
        assertEquals("ageBand", refused(() -> details("18", "kafe")));
        assertEquals("languages", refused(() -> new VolunteerProfile.Details(List.of(), List.of(), "",
            List.of("NB"), false, "18-25")));
        assertEquals("availability", refused(() -> new VolunteerProfile.Details(List.of(), List.of("mornings"), "",
            List.of(), false, "18-25")));
    }

    @Test
    void onlyTheTwoBandsUnderEighteenAreMinors() {
        assertTrue(profile("under-16").isMinor());
        assertTrue(profile("16-17").isMinor());
        assertFalse(profile("18-25").isMinor());
    }

    private static VolunteerProfile profile(String ageBand) {
        return VolunteerProfile.put(Optional.empty(), "vol", RANA, details(ageBand, "kafe"), FIRST).profile();
    }

    private static VolunteerProfile.Details details(String ageBand, String skill) {
        return new VolunteerProfile.Details(List.of(skill), List.of("evenings"), "Helst helger.", List.of("nb"),
            true, ageBand);
    }

    private static String refused(Runnable making) {
        return assertThrows(Refusal.class, making::run).field();
    }
}
