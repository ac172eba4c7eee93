package no.samskap.organisations.volunteers.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The bodies of the volunteer routes; the domain checks what the fields mean. */
final class VolunteerRequests {

    private VolunteerRequests() {
    }

    @Serdeable
    record Profile(@Nullable List<String> skills, @Nullable List<String> availability,
                   @Nullable String availabilityNote, @Nullable List<String> languages,
                   @Nullable Boolean contactConsent, @Nullable String ageBand) {
    }
}
