package no.samskap.organisations.hours.domain;

import java.util.Arrays;
import java.util.Optional;

/** Logged hours wait for an approver, who approves or rejects them once. */
public enum HoursStatus {
    LOGGED("logged"),
    APPROVED("approved"),
    REJECTED("rejected");

    private final String code;

    HoursStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<HoursStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
