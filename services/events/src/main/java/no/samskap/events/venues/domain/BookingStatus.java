package no.samskap.events.venues.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a booking stands: an application waits for staff, who approve or decline it; a booking may be cancelled. */
public enum BookingStatus {
    PENDING, APPROVED, DECLINED, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BookingStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }
}
