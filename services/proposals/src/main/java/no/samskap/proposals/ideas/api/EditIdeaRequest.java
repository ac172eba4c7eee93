package no.samskap.proposals.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Every field is optional: what is left out stays as it was. The domain checks the rest, as on submission. The place
 * is the one optional part of an idea, so {@code clearPlace: true} removes it; sending a place as well is refused.
 */
@Serdeable
public record EditIdeaRequest(
    @Nullable String title,
    @Nullable String body,
    @Nullable @Size(max = 40) String serviceArea,
    @Nullable @Size(max = 20) List<String> strategicValues,
    @Nullable @Size(max = 5) List<String> targetGroups,
    @Nullable String costModel,
    @Nullable String place,
    @Nullable Boolean clearPlace) {
}
