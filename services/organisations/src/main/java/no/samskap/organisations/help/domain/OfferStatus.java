package no.samskap.organisations.help.domain;

import java.util.Arrays;
import java.util.Optional;

/** An offer waits for the staff's answer until they accept or decline it, once. */
public enum OfferStatus {
    OFFERED("offered"),
    ACCEPTED("accepted"),
    DECLINED("declined");

    private final String code;

    OfferStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<OfferStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
