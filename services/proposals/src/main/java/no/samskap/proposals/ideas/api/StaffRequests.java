package no.samskap.proposals.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Bodies of the staff's requests; lengths of free text are the domain's to check. */
final class StaffRequests {

    private StaffRequests() {
    }

    @Serdeable
    record Rejection(@NotBlank String reason) {
    }

    @Serdeable
    record Assessment(@NotNull LocalDate respondBy) {
    }

    /** The date as typed, so that one that is no date is refused naming {@code respondBy}. */
    @Serdeable
    record ResponseDateChange(@Nullable String respondBy, @Nullable String reason) {
    }

    @Serdeable
    record Answer(@NotBlank @Size(max = 20) String outcome, @NotBlank String answer) {
    }

    @Serdeable
    record Realisation(@NotBlank String culturalEventId) {
    }
}
