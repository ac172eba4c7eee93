package no.samskap.organisations.attests.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.attests.domain.AttestRequests;
import no.samskap.organisations.attests.domain.Sighting;
import no.samskap.organisations.attests.domain.Sightings;
import no.samskap.organisations.volunteers.domain.VolunteerProfile;
import no.samskap.organisations.volunteers.domain.Volunteers;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;

/**
 * An attest officer records that they saw a member's politiattest, and reads what was recorded. The member's age
 * band, from their volunteer profile, decides whether a guardian's consent must be recorded with it.
 */
@Singleton
public class SightingRecords {

    private final AttestOfficerRights rights;
    private final Sightings sightings;
    private final AttestRequests requests;
    private final Volunteers volunteers;
    private final AttestMessages messages;
    private final OsloCalendar calendar;

    SightingRecords(AttestOfficerRights rights, Sightings sightings, AttestRequests requests, Volunteers volunteers,
                    AttestMessages messages, OsloCalendar calendar) {
        this.rights = rights;
        this.sightings = sightings;
        this.requests = requests;
        this.volunteers = volunteers;
        this.messages = messages;
        this.calendar = calendar;
    }

    @Transactional
    public Sighting record(SignedInPerson officer, String associationId, Sighting.Seen seen) {
        var association = rights.requireOfficer(associationId, officer);
        rights.requireMember(association, seen.volunteerId(), "volunteerId");
        var minor = volunteers.find(seen.volunteerId()).map(VolunteerProfile::isMinor)
            .orElseThrow(() -> new Refusal(Refusal.Kind.UNPROCESSABLE, "volunteerId",
                "must have a volunteer profile stating their age band, so a minor's guardian consent is not missed"));
        var sighted = Sighting.record(association, seen, minor, officer.subject(), calendar.today(), calendar.now());
        sightings.save(sighted.sighting());
        requests.markSighted(association.id(), seen.volunteerId(), seen.role().code(), sighted.occurredAt());
        messages.publish(sighted);
        return sighted.sighting();
    }

    @Transactional(readOnly = true)
    public List<Sighting> of(SignedInPerson officer, String associationId) {
        return sightings.of(rights.requireOfficer(associationId, officer).id());
    }
}
