package no.samskap.organisations.help.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The bodies of the help routes; the domain checks what the fields mean and names the one at fault. */
final class HelpRequestBodies {

    private HelpRequestBodies() {
    }

    @Serdeable
    record Offer(@Nullable String ideaId, @Nullable String associationId, @Nullable String kind,
                 @Nullable Double hours, @Nullable List<String> skills, @Nullable String description) {
    }

    @Serdeable
    record Acceptance(@Nullable String note) {
    }

    @Serdeable
    record Decline(@Nullable String reason) {
    }

    @Serdeable
    record Request(@Nullable String associationId, @Nullable String ideaId, @Nullable String task,
                   @Nullable Instant startsAt, @Nullable Instant endsAt, @Nullable String place,
                   @Nullable List<String> skills) {
    }
}
