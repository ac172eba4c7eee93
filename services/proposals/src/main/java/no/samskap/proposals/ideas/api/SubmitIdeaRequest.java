package no.samskap.proposals.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Lengths and codes are the domain's to check: it counts characters as people do, and knows what the municipality offers. */
@Serdeable
public record SubmitIdeaRequest(
    @NotBlank String title,
    @NotBlank String body,
    @NotBlank @Size(max = 40) String serviceArea,
    @Nullable @Size(max = 20) List<String> strategicValues,
    @Nullable @Size(max = 5) List<String> targetGroups,
    @Nullable String costModel,
    @Nullable String place) {
}
