package no.samskap.organisations.attests.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.organisations.attests.application.AttestRequesting;
import no.samskap.organisations.attests.domain.AttestOfficers;
import no.samskap.organisations.attests.domain.AttestRequest;
import no.samskap.organisations.attests.domain.PurposeConfirmation;
import no.samskap.organisations.attests.domain.Sighting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the politiattest routes answer; none of it could hold a certificate's content. */
final class AttestViews {

    private AttestViews() {
    }

    @Serdeable
    record Officers(String associationId, String responsibleId, String deputyId, String appointedBy,
                    Instant appointedAt) {

        static Officers of(AttestOfficers officers) {
            return new Officers(officers.associationId().toString(), officers.responsibleId(), officers.deputyId(),
                officers.appointedBy(), officers.appointedAt());
        }
    }

    /** "Seen by {@code seenBy} on {@code seenOn}, valid until {@code validUntil}." */
    @Serdeable
    record SightingView(String associationId, String volunteerId, String role, @Nullable String roleName,
                        String seenBy, LocalDate seenOn, LocalDate validUntil, boolean guardianConsent,
                        Instant recordedAt, @Nullable LocalDate expiringSentOn, @Nullable LocalDate expiredSentOn) {

        static SightingView of(Sighting sighting) {
            return new SightingView(sighting.associationId().toString(), sighting.volunteerId(),
                sighting.role().code(), sighting.role().name(), sighting.seenBy(), sighting.seenOn(),
                sighting.validUntil(), sighting.guardianConsent(), sighting.recordedAt(), sighting.expiringSentOn(),
                sighting.expiredSentOn());
        }
    }

    @Serdeable
    record Sightings(List<SightingView> sightings) {

        static Sightings of(List<Sighting> sightings) {
            return new Sightings(sightings.stream().map(SightingView::of).toList());
        }
    }

    @Serdeable
    record RequestView(String id, String associationId, String volunteerId, String role, @Nullable String roleName,
                       String requestedBy, Instant requestedAt, @Nullable Instant sightedAt) {

        static RequestView of(AttestRequest request) {
            return new RequestView(request.id().toString(), request.associationId().toString(),
                request.volunteerId(), request.role().code(), request.role().name(), request.requestedBy(),
                request.requestedAt(), request.sightedAt());
        }
    }

    @Serdeable
    record Requests(List<RequestView> requests) {

        static Requests of(List<AttestRequest> requests) {
            return new Requests(requests.stream().map(RequestView::of).toList());
        }
    }

    /** The confirmation of purpose (bekreftelse på formål) as fields the gateway prints. */
    @Serdeable
    record Confirmation(String associationId, String associationName, String organisationNumber,
                        String municipality, String volunteerId, String role, @Nullable String roleName,
                        String responsibleFor, List<String> legalBasis, String officerId, LocalDate confirmedOn) {

        static Confirmation of(PurposeConfirmation confirmation) {
            var association = confirmation.association();
            return new Confirmation(association.id().toString(), association.name(),
                association.organisationNumber().value(), association.municipality().value(),
                confirmation.volunteerId(), confirmation.role().code(), confirmation.role().name(),
                confirmation.role().responsibleFor(), PurposeConfirmation.LEGAL_BASIS, confirmation.officerId(),
                confirmation.confirmedOn());
        }
    }

    @Serdeable
    record OwnRequest(RequestView request, Confirmation confirmation) {
    }

    @Serdeable
    record OwnRequests(List<OwnRequest> requests) {

        static OwnRequests of(List<AttestRequesting.OwnRequest> requests) {
            return new OwnRequests(requests.stream().map(own -> new OwnRequest(RequestView.of(own.request()),
                Confirmation.of(own.confirmation()))).toList());
        }
    }
}
