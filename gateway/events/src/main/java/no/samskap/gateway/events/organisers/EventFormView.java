package no.samskap.gateway.events.organisers;

import no.samskap.contract.events.AccessibilityFacts;
import no.samskap.contract.events.Audiences;
import no.samskap.contract.events.HostingUnits;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * The organisers' event form, for a new event and for changing one: Designsystemet fields, each with its message
 * linked by {@code aria-describedby}, and the error summary on top linking every message to its field.
 */
final class EventFormView {

    /** A verified association that may co-host, or a venue: its id and name. */
    record Choice(String id, String name) {
    }

    private EventFormView() {
    }

    static String render(Texts texts, String heading, String action, EventForm form, Optional<FormRefusal> refusal,
                         String csrf, List<Choice> coHosts, List<Choice> venues) {
        var messages = new LinkedHashMap<String, String>();
        refusal.ifPresent(refused -> EventForm.FIELDS.forEach(field -> refused.messageFor(field, texts)
            .ifPresent(message -> messages.put(field, message))));
        var general = refusal.flatMap(refused -> refused.general(texts, EventForm.FIELDS));
        var html = new StringBuilder();
        html.append("<h1 class=\"ds-heading\" data-size=\"lg\">").append(heading).append("</h1>\n");
        html.append(errorSummary(texts, messages, general));
        html.append("<form class=\"event-form\" method=\"post\" action=\"").append(escape(action)).append("\">\n");
        html.append("<input type=\"hidden\" name=\"").append(CsrfTokens.FIELD).append("\" value=\"")
            .append(escape(csrf)).append("\">\n");
        form.ideaIds().forEach(idea -> html.append("<input type=\"hidden\" name=\"ideaIds\" value=\"")
            .append(escape(idea)).append("\">\n"));
        html.append(field(texts, "title", messages, "<input class=\"ds-input\" id=\"title\" name=\"title\" "
            + "maxlength=\"140\" required value=\"" + escape(form.title()) + "\"" + described("title", messages)
            + ">"));
        html.append(field(texts, "description", messages, "<textarea class=\"ds-input\" id=\"description\" "
            + "name=\"description\" rows=\"6\" maxlength=\"5000\"" + described("description", messages) + ">"
            + escape(form.description()) + "</textarea>"));
        html.append(field(texts, "hostingUnit", messages, select("hostingUnit", codes(texts, "ev.unit",
            HostingUnits.ALL), form.hostingUnit(), messages)));
        html.append(checkboxes(texts, "coHostIds", coHosts, form.coHostIds(), messages));
        var venueChoices = new LinkedHashMap<String, String>();
        venueChoices.put("", texts.text("evo.form.venue.none"));
        venues.forEach(venue -> venueChoices.put(venue.id(), escape(venue.name())));
        html.append(field(texts, "venueId", messages, select("venueId", venueChoices, form.venueId(), messages)));
        html.append(field(texts, "startsAt", messages, "<input class=\"ds-input\" type=\"datetime-local\" "
            + "id=\"startsAt\" name=\"startsAt\" required min=\"2000-01-01T00:00\" max=\"9999-12-31T23:59\" value=\""
            + escape(form.startsAt()) + "\"" + described("startsAt", messages) + ">"));
        html.append(field(texts, "endsAt", messages, "<input class=\"ds-input\" type=\"datetime-local\" "
            + "id=\"endsAt\" name=\"endsAt\" required min=\"2000-01-01T00:00\" max=\"9999-12-31T23:59\" value=\""
            + escape(form.endsAt()) + "\"" + described("endsAt", messages) + ">"));
        html.append(field(texts, "audience", messages, select("audience", codes(texts, "ev.audience", Audiences.ALL),
            form.audience(), messages)));
        html.append(field(texts, "targetGroups", messages, "<input class=\"ds-input\" id=\"targetGroups\" "
            + "name=\"targetGroups\" value=\"" + escape(form.targetGroups()) + "\"" + described("targetGroups",
            messages) + ">"));
        html.append(field(texts, "priceNok", messages, "<input class=\"ds-input\" id=\"priceNok\" name=\"priceNok\" "
            + "inputmode=\"numeric\" value=\"" + escape(form.priceNok()) + "\"" + described("priceNok", messages)
            + ">"));
        html.append(field(texts, "capacity", messages, "<input class=\"ds-input\" id=\"capacity\" name=\"capacity\" "
            + "inputmode=\"numeric\" value=\"" + escape(form.capacity()) + "\"" + described("capacity", messages)
            + ">"));
        html.append(checkboxes(texts, "accessibility", AccessibilityFacts.ALL.stream()
            .map(code -> new Choice(code, texts.word("ev.access", code))).toList(), form.accessibility(),
            messages));
        html.append("<button class=\"ds-button\" data-variant=\"primary\" type=\"submit\">")
            .append(texts.text("evo.form.save")).append("</button>\n</form>\n");
        return html.toString();
    }

    private static Map<String, String> codes(Texts texts, String group, List<String> codes) {
        var choices = new LinkedHashMap<String, String>();
        codes.forEach(code -> choices.put(code, texts.word(group, code)));
        return choices;
    }

    private static String field(Texts texts, String name, Map<String, String> messages, String control) {
        return field(texts, "evo.form." + name, name, messages, control);
    }

    /** A labelled control with its hint ({@code <labelKey>.hint}, when there is one) and its message if refused. */
    static String field(Texts texts, String labelKey, String name, Map<String, String> messages, String control) {
        var hintKey = labelKey + ".hint";
        var hint = texts.has(hintKey)
            ? "\n  <div data-field=\"description\" id=\"" + name + "-hint\">" + texts.text(hintKey) + "</div>" : "";
        var message = messages.containsKey(name) ? "\n  <p class=\"ds-validation-message\" data-field=\"validation\" "
            + "id=\"" + name + "-error\">" + messages.get(name) + "</p>" : "";
        return """
            <div class="ds-field">
              <label class="ds-label" for="%s">%s</label>%s%s
              %s
            </div>
            """.formatted(name, texts.text(labelKey), hint, message, control);
    }

    private static String select(String name, Map<String, String> choices, String chosen,
                                 Map<String, String> messages) {
        var options = new StringBuilder();
        choices.forEach((value, text) -> options.append("\n  <option value=\"").append(escape(value)).append('"')
            .append(value.equals(chosen) ? " selected" : "").append('>').append(text).append("</option>"));
        return "<select class=\"ds-input\" id=\"" + name + "\" name=\"" + name + "\"" + described(name, messages)
            + ">" + options + "\n</select>";
    }

    /** A fieldset of checkboxes; the first box carries the field's id, for the error summary's link. */
    private static String checkboxes(Texts texts, String name, List<Choice> choices, List<String> checked,
                                     Map<String, String> messages) {
        var boxes = new StringBuilder();
        for (var i = 0; i < choices.size(); i++) {
            var choice = choices.get(i);
            var id = i == 0 ? name : name + "-" + i;
            boxes.append("""
                  <div class="ds-field">
                    <input class="ds-input" type="checkbox" id="%s" name="%s" value="%s"%s>
                    <label class="ds-label" data-weight="regular" for="%s">%s</label>
                  </div>
                """.formatted(id, name, escape(choice.id()), checked.contains(choice.id()) ? " checked" : "", id,
                escape(choice.name())));
        }
        if (choices.isEmpty()) {
            boxes.append("  <p>").append(texts.text("evo.form." + name + ".none")).append("</p>\n");
        }
        var message = messages.containsKey(name) ? "  <p class=\"ds-validation-message\" data-field=\"validation\" "
            + "id=\"" + name + "-error\">" + messages.get(name) + "</p>\n" : "";
        return """
            <fieldset class="ds-fieldset"%s>
              <legend class="ds-label">%s</legend>
            %s%s</fieldset>
            """.formatted(messages.containsKey(name) ? " aria-describedby=\"" + name + "-error\"" : "",
            texts.text("evo.form." + name), message, boxes);
    }

    static String described(String name, Map<String, String> messages) {
        return messages.containsKey(name) ? " aria-describedby=\"" + name + "-error\" aria-invalid=\"true\"" : "";
    }

    static String errorSummary(Texts texts, Map<String, String> messagesByField, Optional<String> general) {
        if (messagesByField.isEmpty() && general.isEmpty()) {
            return "";
        }
        var items = new StringBuilder();
        general.ifPresent(message -> items.append("\n    <li>").append(message).append("</li>"));
        messagesByField.forEach((field, message) -> items.append("\n    <li><a class=\"ds-link\" href=\"#")
            .append(field).append("\">").append(message).append("</a></li>"));
        return """
            <div class="ds-error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-heading">
              <h2 class="ds-heading" data-size="xs" id="error-summary-heading">%s</h2>
              <ul class="ds-list">%s
              </ul>
            </div>
            """.formatted(texts.text("evo.error.summary"), items);
    }
}
