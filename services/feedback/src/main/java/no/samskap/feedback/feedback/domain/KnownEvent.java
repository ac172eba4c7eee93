package no.samskap.feedback.feedback.domain;

import no.samskap.contract.MunicipalityNumber;

import java.util.UUID;

/** An event as the feedback service knows it from messages; {@code title} is null until its facts arrive. */
public record KnownEvent(UUID id, MunicipalityNumber municipality, String title, boolean completed) {
}
