package no.samskap.proposals.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** Bodies of the comment requests; lengths of free text are the domain's to check. */
final class CommentRequests {

    private CommentRequests() {
    }

    /** {@code parentId} names the top-level comment this one answers; absent for a top-level comment. */
    @Serdeable
    record Write(@NotBlank String body, @Nullable String parentId) {
    }

    @Serdeable
    record Edit(@NotBlank String body) {
    }

    @Serdeable
    record Reason(@NotBlank String reason) {
    }
}
