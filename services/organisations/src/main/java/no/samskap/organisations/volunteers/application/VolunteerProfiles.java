package no.samskap.organisations.volunteers.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.volunteers.domain.VolunteerProfile;
import no.samskap.organisations.volunteers.domain.Volunteers;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A person keeps their own volunteer profile: creates or replaces it, reads it, withdraws it. */
@Singleton
public class VolunteerProfiles {

    private final Volunteers volunteers;
    private final VolunteerMessages messages;
    private final Clock clock;

    VolunteerProfiles(Volunteers volunteers, VolunteerMessages messages, Clock clock) {
        this.volunteers = volunteers;
        this.messages = messages;
        this.clock = clock;
    }

    /** Times are kept to the microsecond, as PostgreSQL keeps them, so what is answered is what is stored. */
    @Transactional
    public VolunteerProfile put(SignedInPerson person, VolunteerProfile.Details details) {
        var event = VolunteerProfile.put(volunteers.find(person.subject()), person.subject(),
            new MunicipalityNumber(person.municipality()), details, clock.instant().truncatedTo(ChronoUnit.MICROS));
        volunteers.save(event.profile());
        messages.publish(event);
        return event.profile();
    }

    @Transactional(readOnly = true)
    public Optional<VolunteerProfile> of(SignedInPerson person) {
        return volunteers.find(person.subject());
    }

    @Transactional
    public void withdraw(SignedInPerson person) {
        var profile = volunteers.find(person.subject())
            .orElseThrow(() -> Refusal.notFound("you have no volunteer profile"));
        volunteers.remove(person.subject());
        messages.publish(profile.withdraw(clock.instant()));
    }
}
