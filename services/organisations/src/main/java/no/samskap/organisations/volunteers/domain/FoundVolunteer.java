package no.samskap.organisations.volunteers.domain;

/** A volunteer a search found, with the name to show them by (null if the service never saw them sign in). */
public record FoundVolunteer(VolunteerProfile profile, String displayName) {
}
