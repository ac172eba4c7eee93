package no.samskap.gateway.organisations.attests;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
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
    record Confirmation(@Nullable String associationId, String associationName, String organisationNumber,
                        String municipality, String volunteerId, String role, @Nullable String roleName,
                        String responsibleFor, List<String> legalBasis, String officerId, LocalDate confirmedOn) {
    }

    /** Who the association appointed: its responsible person and their deputy. */
    @Serdeable
    record Officers(String responsibleId, String deputyId, @Nullable Instant appointedAt) {
    }

    /** The body of an appointment: exactly the service's fields. */
    @Serdeable
    record Appointment(String responsibleId, String deputyId) {
    }

    /** An officer asked a member to apply for a certificate for a role; {@code sightedAt} once one was seen. */
    @Serdeable
    record Request(String id, String associationId, String volunteerId, String role, @Nullable String roleName,
                   Instant requestedAt, @Nullable Instant sightedAt) {
    }

    @Serdeable
    record Requests(List<Request> requests) {
    }

    /** The body of a new request: exactly the service's fields. */
    @Serdeable
    record Asking(String volunteerId, String role, @Nullable String roleName) {
    }

    /** A request as the volunteer it was sent to sees it, with the confirmation of purpose to apply with. */
    @Serdeable
    record OwnRequest(Request request, Confirmation confirmation) {
    }

    @Serdeable
    record OwnRequests(List<OwnRequest> requests) {
    }
}
