package no.samskap.organisations.volunteers.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.people.domain.People;
import no.samskap.organisations.people.domain.Person;
import no.samskap.organisations.volunteers.domain.FoundVolunteer;
import no.samskap.organisations.volunteers.domain.VolunteerProfile;
import no.samskap.organisations.volunteers.domain.VolunteerSearch;
import no.samskap.organisations.volunteers.domain.Volunteers;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;
import java.util.Optional;

/**
 * The municipality's staff and the admins of its associations find volunteers who agreed to be contacted. A
 * volunteer who withdraws that consent is not found from the moment it is saved.
 */
@Singleton
public class VolunteerFinder {

    static final int MOST_FOUND = 200;

    private final Volunteers volunteers;
    private final AssociationRights rights;
    private final People people;

    VolunteerFinder(Volunteers volunteers, AssociationRights rights, People people) {
        this.volunteers = volunteers;
        this.rights = rights;
        this.people = people;
    }

    /** {@code municipality} defaults to the searcher's own. */
    @Transactional(readOnly = true)
    public List<FoundVolunteer> find(SignedInPerson searcher, String municipality, String skill,
                                       String availability) {
        var where = municipality == null || municipality.isBlank()
            ? new MunicipalityNumber(searcher.municipality())
            : MunicipalityNumber.parse(municipality.strip())
                .orElseThrow(() -> Refusal.invalid("municipality", "must be a 4-digit kommunenummer such as 1833"));
        rights.requireStaffOrAnAdminIn(where, searcher);
        var found = volunteers.findable(new VolunteerSearch(where, skill, availability), MOST_FOUND);
        var names = people.bySubject(found.stream().map(VolunteerProfile::personId).toList());
        return found.stream().map(profile -> new FoundVolunteer(profile,
            Optional.ofNullable(names.get(profile.personId())).map(Person::nameToShow).orElse(null))).toList();
    }
}
