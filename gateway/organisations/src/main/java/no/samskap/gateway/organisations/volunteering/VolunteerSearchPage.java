package no.samskap.gateway.organisations.volunteering;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.contract.organisations.VolunteerCodes;
import no.samskap.gateway.organisations.pages.FormOption;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * "Finn frivillige" ({@code volunteering/search.jte}): the search by skill and availability and the volunteers
 * found; {@code found} is null when the service would not search, and {@code refused} then says why.
 */
public record VolunteerSearchPage(TemplateTexts t, String action, List<FormOption> skills,
                                  List<FormOption> availability, @Nullable List<Row> found, Content refused) {

    /** A volunteer found: the codes in the page's words. */
    public record Row(String name, Content skills, Content availability, String languages, Content ageBand) {
    }

    /** The search form has no field the gateway or the service refuses. */
    public FormMessages messages() {
        return FormMessages.NONE;
    }

    static VolunteerSearchPage of(Texts texts, String skill, String availability,
                                  Optional<List<VolunteerSearchController.Found>> found, Optional<String> refused) {
        return new VolunteerSearchPage(new TemplateTexts(texts), VolunteerSearchController.PATH,
            options(texts, VolunteerCodes.SKILLS, "vol.skill", skill),
            options(texts, VolunteerCodes.AVAILABILITY, "vol.availability", availability),
            found.map(volunteers -> volunteers.stream().map(volunteer -> row(texts, volunteer)).toList()).orElse(null),
            html(refused.orElse("")));
    }

    private static List<FormOption> options(Texts texts, List<String> codes, String wordGroup, String wanted) {
        var options = new ArrayList<FormOption>();
        options.add(new FormOption("", html(texts.text("vol.search.any")), wanted.isEmpty()));
        options.addAll(Choices.of(texts, codes, wordGroup, List.of(wanted)));
        return List.copyOf(options);
    }

    private static Row row(Texts texts, VolunteerSearchController.Found volunteer) {
        return new Row(volunteer.displayName() == null ? volunteer.volunteerId() : volunteer.displayName(),
            words(texts, volunteer.skills(), "vol.skill"), words(texts, volunteer.availability(), "vol.availability"),
            String.join(", ", volunteer.languages()),
            html(volunteer.ageBand() == null ? "" : texts.word("vol.ageBand", volunteer.ageBand())));
    }

    private static Content words(Texts texts, List<String> codes, String group) {
        return html(codes.stream().map(code -> texts.word(group, code)).collect(Collectors.joining(", ")));
    }
}
