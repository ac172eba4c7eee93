package no.samskap.gateway.organisations.hours;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.me.MyPageNotice;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/**
 * "Timer å godkjenne" on "Min side" ({@code hours/toApprove.jte}): per association the hours waiting, each with its
 * approve button and its reject form; a refusal is shown beside the button or the reason it is about.
 */
public record HoursToApprove(TemplateTexts t, String csrf, MyPageNotice notice, List<Association> associations) {

    public record Association(String name, List<Waiting> waiting) {
    }

    public record Waiting(String id, Content date, Content hours, String role) {
    }

    /** The {@code aria-describedby} of a field with a refusal; left out otherwise. */
    public @Nullable String describedBy(String field) {
        return notice.refuses(field) ? field + "-error" : null;
    }

    public @Nullable String invalid(String field) {
        return notice.refuses(field) ? "true" : null;
    }

    public String typedIn(String field) {
        return notice.refuses(field) ? notice.typedText() : "";
    }
}
