package no.samskap.gateway.organisations.hours;

import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.Map;
import java.util.Optional;

/**
 * The volunteer's own frivillighetsbevis ({@code hours/mine-record.jte}): the document when the service gave it, the
 * PDF link and the form to share it under a code, with the name typed kept after a refusal.
 */
public record RecordPage(TemplateTexts t, String csrf, FormMessages messages, boolean shared,
                         @Nullable VolunteerRecord.Document document, String displayName) {

    static String render(Texts texts, String csrf, Map<String, String> messages, Optional<String> general,
                         boolean shared, Optional<VolunteerRecord> record, String displayName) {
        var t = new TemplateTexts(texts);
        return OrganisationTemplates.render("hours/mine-record.jte", new RecordPage(t, csrf,
            FormMessages.of(messages, general), shared, record.map(found -> new VolunteerRecord.Document(t, found))
            .orElse(null), displayName));
    }

    /** What anyone with the code sees: that the record is genuine, and the record ({@code hours/checked-record.jte}). */
    static String checked(Texts texts, VolunteerRecord record) {
        return OrganisationTemplates.render("hours/checked-record.jte",
            new VolunteerRecord.Document(new TemplateTexts(texts), record));
    }
}
