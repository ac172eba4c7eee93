package no.samskap.contract.events;

/**
 * An event's seats after a registration change: {@code confirmed} seats taken, {@code waiting} seats on the waitlist,
 * {@code capacity} null when unlimited. Readers show free seats from it without counting messages themselves.
 */
public record Seats(int confirmed, int waiting, Integer capacity) {
}
