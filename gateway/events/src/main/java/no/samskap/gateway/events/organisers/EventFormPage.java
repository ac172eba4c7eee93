package no.samskap.gateway.events.organisers;

import gg.jte.Content;
import no.samskap.contract.events.AccessibilityFacts;
import no.samskap.contract.events.Audiences;
import no.samskap.contract.events.HostingUnits;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static no.samskap.gateway.shell.web.Html.escape;
import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The organisers' event form ({@code organisers/eventForm.jte}), for a new event and for changing one: Designsystemet
 * fields, each with its message linked by {@code aria-describedby}, and the error summary on top linking every
 * message to its field. A fieldset of checkboxes gives its first box the field's id, for the summary's link.
 */
public record EventFormPage(TemplateTexts t, String csrf, Content heading, String action, EventForm form,
                            FormMessages messages, List<Option> hostingUnits, List<Option> coHosts,
                            List<Option> venues, List<Option> audiences, List<Option> accessibility) {

    /** A verified association that may co-host, or a venue: its id and name. */
    record Choice(String id, String name) {
    }

    /** One option of a select or one checkbox: its value, its label (escaped) and whether it is chosen. */
    public record Option(String value, Content label, boolean selected) {
    }

    static EventFormPage of(Texts texts, String heading, String action, EventForm form, Optional<FormRefusal> refusal,
                            String csrf, List<Choice> coHosts, List<Choice> venues) {
        var venueOptions = Stream.concat(Stream.of(new Option("", html(texts.text("evo.form.venue.none")),
                form.venueId().isEmpty())),
            venues.stream().map(venue -> new Option(venue.id(), html(escape(venue.name())),
                venue.id().equals(form.venueId())))).toList();
        return new EventFormPage(new TemplateTexts(texts), csrf, html(heading), action, form,
            FormRefusal.messages(texts, refusal, EventForm.FIELDS, EventForm.FIELDS),
            codes(texts, "ev.unit", HostingUnits.ALL, List.of(form.hostingUnit())),
            coHosts.stream().map(choice -> new Option(choice.id(), html(escape(choice.name())),
                form.coHostIds().contains(choice.id()))).toList(),
            venueOptions,
            codes(texts, "ev.audience", Audiences.ALL, List.of(form.audience())),
            codes(texts, "ev.access", AccessibilityFacts.ALL, form.accessibility()));
    }

    private static List<Option> codes(Texts texts, String group, List<String> codes, List<String> chosen) {
        return codes.stream().map(code -> new Option(code, html(texts.word(group, code)), chosen.contains(code)))
            .toList();
    }
}
