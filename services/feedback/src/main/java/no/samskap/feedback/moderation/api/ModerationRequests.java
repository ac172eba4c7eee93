package no.samskap.feedback.moderation.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Bodies of the moderation requests on feedback; the domain checks the texts and names the field at fault. */
final class ModerationRequests {

    private ModerationRequests() {
    }

    @Serdeable
    record Reason(@Nullable String reason) {
    }

    @Serdeable
    record Appeal(@Nullable String text) {
    }

    @Serdeable
    record AppealDecision(@Nullable Boolean restore, @Nullable String reason) {
    }

    @Serdeable
    record Settings(@Nullable Integer reportThreshold) {
    }
}
