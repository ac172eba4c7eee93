package no.samskap.events.registrations.domain;

/** An event's seats: places confirmed, places waiting, and the capacity (null when unlimited). */
public record SeatCount(int confirmed, int waiting, Integer capacity) {

    /** Seats still free, null when unlimited. */
    public Integer free() {
        return capacity == null ? null : Math.max(0, capacity - confirmed);
    }
}
