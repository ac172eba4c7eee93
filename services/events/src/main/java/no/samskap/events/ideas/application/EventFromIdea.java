package no.samskap.events.ideas.application;

/**
 * What staff may settle when they make an idea an event; everything left out (null) gets a default the draft can
 * change: the unit from the idea's service area, four weeks ahead at 18:00 for two hours, for everyone.
 */
public record EventFromIdea(String hostingUnit, String venueId, String startsAt, String endsAt, String audience,
                            Integer capacity) {
}
