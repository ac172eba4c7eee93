package no.samskap.gateway.feedback.staff;

import gg.jte.Content;

/** The inbox's error summary of a refused answer or date ({@code staff/refusal.jte}), linking the field at fault. */
public record AnswerRefusalSummary(String fieldId, Content message) {
}
