package no.samskap.gateway.feedback.web;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Templates;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.stream.IntStream;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The feedback form as {@code form.jte} shows it: about an event ({@code eventId}) or a unit ({@code municipality} and
 * {@code unit}), with what the person typed and, after a refusal, the message of the field at fault or a general one.
 * When {@code editing} names a piece, the form changes it: what it is about and its anonymity stay as given.
 */
public record FeedbackForm(TemplateTexts t, String csrf, Content heading, @Nullable String eventId,
                           @Nullable String municipality, @Nullable String unit, Typed typed,
                           @Nullable String refusedField, @Nullable Content refusal, @Nullable String editing) {

    public static final Templates TEMPLATES = new Templates("gg.jte.generated.precompiled.feedback", FeedbackForm.class);
    /** The fields the form has; a refusal naming another is shown above the form. */
    public static final List<String> FIELDS = List.of("rating", "text", "wishNext");

    /** What the person typed. */
    public record Typed(String rating, String text, String wishNext, boolean anonymous, boolean ideaConsent) {

        public static final Typed EMPTY = new Typed("", "", "", false, false);

        public static Typed from(Forms form) {
            return new Typed(form.get("rating"), form.get("text"), form.get("wishNext"), form.checked("anonymous"),
                form.checked("ideaConsent"));
        }
    }

    /** One choice of the rating. */
    public record Choice(String value, Content label, boolean chosen) {
    }

    public static FeedbackForm blank(Texts texts, String csrf, String heading, @Nullable String eventId,
                                     @Nullable String municipality, @Nullable String unit) {
        return new FeedbackForm(new TemplateTexts(texts), csrf, html(heading), eventId, municipality, unit, Typed.EMPTY,
            null, null, null);
    }

    /** The form that changes the piece {@code id}, filled with what it says now. */
    public static FeedbackForm editing(Texts texts, String csrf, String heading, String id, Typed current) {
        return new FeedbackForm(new TemplateTexts(texts), csrf, html(heading), null, null, null, current, null, null, id);
    }

    public FeedbackForm refused(Typed typed, @Nullable String field, String message) {
        return new FeedbackForm(t, csrf, heading, eventId, municipality, unit, typed, field, html(message), editing);
    }

    public String action() {
        return editing == null ? "/tilbakemeldinger" : "/tilbakemeldinger/" + editing + "/endre";
    }

    public Content submit() {
        return t.get(editing == null ? "fb.form.submit" : "fb.edit.submit");
    }

    public String render() {
        return TEMPLATES.render("form.jte", this);
    }

    public List<Choice> ratings() {
        return IntStream.rangeClosed(1, 5).mapToObj(String::valueOf)
            .map(value -> new Choice(value, t.get("fb.form.rating." + value), value.equals(typed.rating()))).toList();
    }

    public boolean refusedAt(String field) {
        return field.equals(refusedField);
    }

    public boolean hasRefusal() {
        return refusal != null;
    }

    /** Whether the refusal belongs to a field of the form, so the summary links to it. */
    public boolean refusalOfAField() {
        return refusedField != null && FIELDS.contains(refusedField);
    }

    public String invalid(String field) {
        return refusedAt(field) ? "true" : "false";
    }

    public String describedBy(String field, String hint) {
        return refusedAt(field) ? hint + " " + field + "-error" : hint;
    }
}
