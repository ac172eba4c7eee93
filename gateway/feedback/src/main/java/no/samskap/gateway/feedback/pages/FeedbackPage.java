package no.samskap.gateway.feedback.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;

/**
 * One piece of feedback's page. {@code privateAnswer} only for its author and the municipality's staff (asked live
 * of the service), {@code author} only for staff when the author was not anonymous, {@code staff} holds the staff's
 * forms; {@code editable} whether its author may still change it.
 */
public record FeedbackPage(TemplateTexts t, String id, Content heading, @Nullable String aboutPath,
                           @Nullable String aboutName, EntryView entry, @Nullable String hiddenReason,
                           @Nullable String privateAnswer, @Nullable String author, boolean mine,
                           @Nullable Content confirmation, @Nullable Content refusal, String csrf,
                           boolean mayReport, @Nullable StaffTools staff,
                           boolean editable) {
}
