package no.samskap.organisations.people.domain;

/**
 * A person as their last token to this service described them: the subject is their id everywhere in Samskap; the
 * username, name, e-mail and municipality are Keycloak's and may change.
 */
public record Person(String subject, String username, String displayName, String email, String municipality) {

    public Person {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A person has a subject");
        }
        username = username == null || username.isBlank() ? subject : username.strip();
        displayName = blankToNull(displayName);
        email = blankToNull(email);
        municipality = blankToNull(municipality);
    }

    /** The name to list them by: their full name when Keycloak has one, else their username. */
    public String nameToShow() {
        return displayName == null ? username : displayName;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
