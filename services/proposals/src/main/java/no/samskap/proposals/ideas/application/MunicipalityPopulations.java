package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.MunicipalityAdmins;
import no.samskap.proposals.ideas.domain.Population;
import no.samskap.proposals.ideas.domain.Populations;

import java.time.Clock;
import java.util.Optional;

/**
 * A municipality's population, which its staff read and its admin keeps; innbyggerforslag started afterwards count
 * their threshold from it.
 */
@Singleton
public class MunicipalityPopulations {

    private final Populations populations;
    private final MunicipalityAdmins admins;
    private final Clock clock;

    MunicipalityPopulations(Populations populations, MunicipalityAdmins admins, Clock clock) {
        this.populations = populations;
        this.admins = admins;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Population> of(SignedInPerson staff, String municipality) {
        return populations.of(requireOwn(staff, municipality, false));
    }

    @Transactional
    public Population change(SignedInPerson admin, String municipality, int residents) {
        var population = new Population(requireOwn(admin, municipality, true), residents);
        populations.save(population);
        admins.met(population.municipality(), admin.subject(), clock.instant());
        return population;
    }

    private static Municipality requireOwn(SignedInPerson person, String municipality, boolean adminOnly) {
        if (!person.municipality().equals(municipality)) {
            throw ProblemException.notFound("municipality", municipality);
        }
        if (adminOnly ? !person.roles().contains(Roles.ADMIN) : !person.isStaffOf(municipality)) {
            throw IdeaAccess.forbidden(adminOnly ? "Only the municipality's admins may change its population."
                : "Only the municipality's staff may read its population.");
        }
        return new Municipality(municipality);
    }
}
