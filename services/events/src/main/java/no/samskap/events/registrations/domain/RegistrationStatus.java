package no.samskap.events.registrations.domain;

import java.util.Arrays;
import java.util.Optional;

/** Confirmed (holds seats) or waiting (on the waitlist), until cancelled. */
public enum RegistrationStatus {
    CONFIRMED("confirmed"), WAITING("waiting"), CANCELLED("cancelled");

    private final String code;

    RegistrationStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<RegistrationStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
