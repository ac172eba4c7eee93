package no.samskap.gateway.security;

import no.samskap.gateway.StandInIdentityProvider.Person;

import java.util.List;
import java.util.Optional;

/** The people of the authorization matrix's columns, as the identity provider describes them in their tokens. */
final class Personas {

    private static final String HERE = "1833";
    private static final String ELSEWHERE = "4618";

    private Personas() {
    }

    /** Empty for the anonymous visitor. */
    static Optional<Person> of(String persona) {
        return switch (persona) {
            case "anonymous" -> Optional.empty();
            case "resident" -> Optional.of(resident("matrix-resident"));
            case "author" -> Optional.of(resident("matrix-author"));
            // Running an association gives no role of its own: the memberships are set up by message in the test.
            case "association-admin" -> Optional.of(resident("matrix-association-admin"));
            case "member" -> Optional.of(resident("matrix-association-member"));
            case "admin-elsewhere" -> Optional.of(resident("matrix-admin-elsewhere"));
            case "staff" -> Optional.of(new Person("matrix-staff", "Saksbehandler", HERE, List.of("staff", "default-roles-samskap")));
            case "staff-elsewhere" -> Optional.of(new Person("matrix-staff-elsewhere", "Saksbehandler i Ullensvang", ELSEWHERE,
                List.of("staff", "default-roles-samskap")));
            case "admin" -> Optional.of(new Person("matrix-admin", "Administrator", HERE, List.of("admin", "default-roles-samskap")));
            default -> throw new IllegalArgumentException("No persona " + persona + " in this test");
        };
    }

    /** The Keycloak subject the stand-in identity provider gives the person. */
    static String subjectOf(Person person) {
        return person.subject();
    }

    private static Person resident(String username) {
        return new Person(username, "Innbygger " + username, HERE, List.of("resident", "default-roles-samskap"));
    }
}
