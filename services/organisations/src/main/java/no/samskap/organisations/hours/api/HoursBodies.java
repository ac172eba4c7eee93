package no.samskap.organisations.hours.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** The bodies of the hours and volunteer-record routes. */
final class HoursBodies {

    private HoursBodies() {
    }

    @Serdeable
    record Log(@Nullable String offerId, @Nullable LocalDate date, @Nullable Double hours, @Nullable String role,
               @Nullable String note) {
    }

    @Serdeable
    record Rejection(@Nullable String reason) {
    }

    @Serdeable
    record Issue(@Nullable String displayName) {
    }
}
