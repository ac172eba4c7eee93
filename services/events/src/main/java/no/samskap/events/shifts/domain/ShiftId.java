package no.samskap.events.shifts.domain;

import java.util.Optional;
import java.util.UUID;

public record ShiftId(UUID value) {

    public static ShiftId random() {
        return new ShiftId(UUID.randomUUID());
    }

    public static Optional<ShiftId> parse(String text) {
        try {
            return Optional.of(new ShiftId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
