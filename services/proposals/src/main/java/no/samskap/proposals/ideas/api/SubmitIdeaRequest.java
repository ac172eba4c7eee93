package no.samskap.proposals.ideas.api;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.samskap.proposals.ideas.domain.Idea;

@Serdeable
public record SubmitIdeaRequest(
    @NotBlank @Pattern(regexp = "\\d{4}", message = "must be a 4-digit kommunenummer") String municipality,
    @NotBlank @Size(min = Idea.TITLE_MIN, max = Idea.TITLE_MAX) String title,
    @NotBlank @Size(max = Idea.BODY_MAX) String body,
    @NotBlank @Size(max = 40) String serviceArea) {
}
