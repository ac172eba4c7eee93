package no.samskap.gateway.organisations.volunteering;

import no.samskap.gateway.shell.web.Texts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * A group of checkboxes or radio buttons as a Designsystemet fieldset: the legend, each code in the words of
 * {@code wordGroup}, the chosen ones checked, and the group's message linked from the fieldset when it was refused.
 * The fieldset's id is the field's name, so an error summary links to it.
 */
public final class Choices {

    private Choices() {
    }

    public static String checkboxes(Texts texts, String name, String legendKey, List<String> codes, String wordGroup,
                                    Collection<String> chosen, Optional<String> error) {
        return group(texts, "checkbox", name, legendKey, codes, wordGroup, chosen, error);
    }

    public static String radios(Texts texts, String name, String legendKey, List<String> codes, String wordGroup,
                                String chosen, Optional<String> error) {
        return group(texts, "radio", name, legendKey, codes, wordGroup, List.of(chosen), error);
    }

    private static String group(Texts texts, String type, String name, String legendKey, List<String> codes,
                                String wordGroup, Collection<String> chosen, Optional<String> error) {
        var boxes = new StringBuilder();
        for (var code : codes) {
            var id = name + "-" + code;
            boxes.append("""
                  <div class="ds-field">
                    <input class="ds-input" type="%s" id="%s" name="%s" value="%s"%s>
                    <label class="ds-label" for="%s">%s</label>
                  </div>
                """.formatted(type, escape(id), escape(name), escape(code), chosen.contains(code) ? " checked" : "",
                escape(id), texts.word(wordGroup, code)));
        }
        var message = error.map(text -> "  <p class=\"ds-validation-message\" data-field=\"validation\" id=\"" + name
            + "-error\">" + text + "</p>\n").orElse("");
        return """
            <fieldset class="ds-fieldset" id="%s"%s>
              <legend class="ds-label">%s</legend>
            %s%s</fieldset>
            """.formatted(escape(name), error.isPresent() ? " aria-describedby=\"" + name + "-error\"" : "",
            texts.text(legendKey), message, boxes);
    }
}
