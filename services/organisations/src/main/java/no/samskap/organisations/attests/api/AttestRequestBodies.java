package no.samskap.organisations.attests.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.platform.json.StrictDates;
import no.samskap.organisations.associations.domain.Refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The bodies of the politiattest routes, and the only fields each may carry: there is no field for the certificate
 * or anything it says.
 */
final class AttestRequestBodies {

    static final Map<String, List<String>> FIELDS_BY_ROUTE = Map.of(
        "attest-officers", List.of("responsibleId", "deputyId"),
        "attest-sightings", List.of("volunteerId", "role", "roleName", "seenOn", "validYears", "guardianConsent"),
        "attest-requests", List.of("volunteerId", "role", "roleName"));

    private AttestRequestBodies() {
    }

    @Serdeable
    record Officers(@Nullable String responsibleId, @Nullable String deputyId) {
    }

    @Serdeable
    record Sighting(@Nullable String volunteerId, @Nullable String role, @Nullable String roleName,
                    @Nullable String seenOn, @Nullable Integer validYears, @Nullable Boolean guardianConsent) {
    }

    @Serdeable
    record Request(@Nullable String volunteerId, @Nullable String role, @Nullable String roleName) {
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return StrictDates.read(text.strip())
            .orElseThrow(() -> Refusal.invalid(field, "must be a date such as 2026-12-01, with a four-digit year"));
    }
}
