package no.samskap.organisations.associations.domain;

import java.util.Arrays;
import java.util.Optional;

/** What Enhetsregisteret last said of an association's organisation number. */
public enum RegisterStatus {
    /** Not yet looked up, or the last lookup failed; it is retried. */
    UNCHECKED("unchecked"),
    ACTIVE("active"),
    NOT_FOUND("not-found"),
    DELETED("deleted"),
    BANKRUPT("bankrupt"),
    BEING_WOUND_UP("being-wound-up");

    private final String code;

    RegisterStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether staff should be told: the entity is gone or going, or was never there. */
    public boolean needsAttention() {
        return this == NOT_FOUND || this == DELETED || this == BANKRUPT || this == BEING_WOUND_UP;
    }

    public static Optional<RegisterStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
