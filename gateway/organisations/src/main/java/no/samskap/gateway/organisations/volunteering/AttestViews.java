package no.samskap.gateway.organisations.volunteering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** What the service's politiattest routes send and take; none of it could hold a certificate's content. */
final class AttestViews {

    private AttestViews() {
    }

    /** "Seen by {@code seenBy} on {@code seenOn}, valid until {@code validUntil}." */
    @Serdeable
    record Sighting(String volunteerId, String role, @Nullable String roleName, String seenBy, LocalDate seenOn,
                    LocalDate validUntil, boolean guardianConsent) {
    }

    @Serdeable
    record Sightings(List<Sighting> sightings) {
    }

    /** The body of a new sighting: exactly the service's fields, no more. */
    @Serdeable
    record Seen(String volunteerId, String role, @Nullable String roleName, String seenOn,
                @Nullable Integer validYears, boolean guardianConsent) {
    }

    /** The confirmation of purpose (bekreftelse på formål) the volunteer applies for a politiattest with. */
    @Serdeable
    record Confirmation(String associationName, String organisationNumber, String municipality, String volunteerId,
                        String role, @Nullable String roleName, String responsibleFor, List<String> legalBasis,
                        String officerId, LocalDate confirmedOn) {
    }
}
