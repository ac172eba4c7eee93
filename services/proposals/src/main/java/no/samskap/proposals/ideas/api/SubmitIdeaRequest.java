package no.samskap.proposals.ideas.api;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Lengths are the domain's to check: it counts characters as people do, an emoji as one. */
@Serdeable
public record SubmitIdeaRequest(
    @NotBlank String title,
    @NotBlank String body,
    @NotBlank @Size(max = 40) String serviceArea) {
}
