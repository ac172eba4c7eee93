package no.samskap.organisations.attests.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.attests.domain.AttestRequest;
import no.samskap.organisations.attests.domain.AttestRequests;
import no.samskap.organisations.attests.domain.AttestRole;
import no.samskap.organisations.attests.domain.PurposeConfirmation;
import no.samskap.platform.notifications.Notice;
import no.samskap.platform.notifications.PersonNotifier;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;
import java.util.UUID;

/**
 * When a member takes on a role that needs a politiattest, an officer asks them to apply; the member is told on their
 * feed and finds the association's confirmation of purpose with the request.
 */
@Singleton
public class AttestRequesting {

    static final String REQUESTED = "attest-requested";

    private final AttestOfficerRights officerRights;
    private final AssociationRights rights;
    private final AttestRequests requests;
    private final PersonNotifier notifier;
    private final OsloCalendar calendar;

    AttestRequesting(AttestOfficerRights officerRights, AssociationRights rights, AttestRequests requests,
                     PersonNotifier notifier, OsloCalendar calendar) {
        this.officerRights = officerRights;
        this.rights = rights;
        this.requests = requests;
        this.notifier = notifier;
        this.calendar = calendar;
    }

    @Transactional
    public AttestRequest request(SignedInPerson officer, String associationId, String volunteerId, AttestRole role) {
        var association = officerRights.requireOfficer(associationId, officer);
        officerRights.requireMember(association, volunteerId, "volunteerId");
        var request = new AttestRequest(UUID.randomUUID(), association.id(), volunteerId, role, officer.subject(),
            calendar.now(), null);
        requests.add(request);
        notifier.notify(new Notice(association.municipality().value(), volunteerId,
            new NotificationSubject("attest-request", request.id().toString(), association.name(),
                AttestLinks.VOLUNTEER_PAGE), REQUESTED, role.code(), request.requestedAt()));
        return request;
    }

    @Transactional(readOnly = true)
    public List<AttestRequest> of(SignedInPerson officer, String associationId) {
        return requests.of(officerRights.requireOfficer(associationId, officer).id());
    }

    /** A request as its volunteer sees it: with the confirmation of purpose to apply with. */
    public record OwnRequest(AttestRequest request, PurposeConfirmation confirmation) {
    }

    /** A volunteer's own requests, each with the confirmation of purpose of the officer who asked. */
    @Transactional(readOnly = true)
    public List<OwnRequest> mine(SignedInPerson volunteer) {
        return requests.ofVolunteer(volunteer.subject()).stream()
            .map(request -> new OwnRequest(request, new PurposeConfirmation(
                rights.existing(request.associationId().toString()), request.volunteerId(), request.role(),
                request.requestedBy(), request.requestedAt().atZone(OsloCalendar.NORWAY).toLocalDate())))
            .toList();
    }
}
