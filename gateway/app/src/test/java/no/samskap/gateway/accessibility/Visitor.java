package no.samskap.gateway.accessibility;

import no.samskap.gateway.StandInIdentityProvider.Person;

import java.util.List;
import java.util.Optional;

/** Who looks at a page: nobody signed in, a resident, or one of the municipality's staff. */
enum Visitor {
    ANONYMOUS(null),
    RESIDENT(Person.ranaResident()),
    STAFF(new Person("rana-staff", "Kari Nordmann", "1833", List.of("staff", "default-roles-samskap"))),
    ADMIN(new Person("rana-admin", "Astrid Berg", "1833", List.of("admin", "default-roles-samskap")));

    private final Person person;

    Visitor(Person person) {
        this.person = person;
    }

    Optional<Person> person() {
        return Optional.ofNullable(person);
    }
}
