package no.samskap.gateway.organisations.volunteering;

import no.samskap.gateway.organisations.pages.FormOption;
import no.samskap.gateway.shell.web.Texts;

import java.util.Collection;
import java.util.List;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The boxes of a group of checkboxes or radio buttons, which {@code choices.jte} draws as a Designsystemet fieldset:
 * each code in the words of {@code wordGroup}, the chosen ones checked.
 */
public final class Choices {

    private Choices() {
    }

    public static List<FormOption> of(Texts texts, List<String> codes, String wordGroup, Collection<String> chosen) {
        return codes.stream()
            .map(code -> new FormOption(code, html(texts.word(wordGroup, code)), chosen.contains(code))).toList();
    }
}
