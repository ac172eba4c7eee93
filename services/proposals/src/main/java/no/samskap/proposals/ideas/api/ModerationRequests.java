package no.samskap.proposals.ideas.api;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Bodies of the moderation requests on ideas; lengths of free text are the domain's to check. */
final class ModerationRequests {

    private ModerationRequests() {
    }

    @Serdeable
    record Reason(@NotBlank String reason) {
    }

    @Serdeable
    record Appeal(@NotBlank String text) {
    }

    @Serdeable
    record AppealDecision(@NotNull Boolean upheld, @NotBlank String reason) {
    }
}
