package no.samskap.events.events.domain;

import java.util.Arrays;
import java.util.Optional;

/** Draft, then published, then completed; or cancelled from draft or published. */
public enum EventStatus {
    DRAFT("draft"), PUBLISHED("published"), COMPLETED("completed"), CANCELLED("cancelled");

    private final String code;

    EventStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<EventStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }

    public boolean isOpen() {
        return this == DRAFT || this == PUBLISHED;
    }
}
