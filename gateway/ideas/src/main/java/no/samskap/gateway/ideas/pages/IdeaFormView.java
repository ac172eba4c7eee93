package no.samskap.gateway.ideas.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static no.samskap.gateway.shell.web.Html.escape;
import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The form to write an idea or change one ({@code ideaForm.jte}): every field labelled, with its length hint and,
 * after a refusal, its message tied to it by {@code aria-describedby} and listed in a summary at the top that takes
 * the focus and links to the field.
 */
public final class IdeaFormView {

    public record View(TemplateTexts t, Content heading, String path, String csrfField, String csrf,
                       @Nullable List<SummaryItem> summary, Map<String, Content> errors, String title, Content body,
                       List<Option> serviceAreas, List<Choice> strategicValues, Content targetGroupsHint,
                       List<Choice> targetGroups, List<Choice> costModels, String place, String municipality,
                       Content script) {

        public @Nullable Content error(String field) {
            return errors.get(field);
        }

        /** The ids that describe {@code field}: its hint when it has one, its error when refused. */
        public @Nullable String describedBy(String field, boolean hasHint) {
            var ids = new ArrayList<String>();
            if (hasHint) {
                ids.add(field + "-hint");
            }
            if (errors.containsKey(field)) {
                ids.add(field + "-error");
            }
            return ids.isEmpty() ? null : String.join(" ", ids);
        }

        public @Nullable String invalid(String field) {
            return errors.containsKey(field) ? "true" : null;
        }
    }

    /** One line of the error summary; {@code href} is null for a refusal that names no field. */
    public record SummaryItem(@Nullable String href, Content message) {
    }

    public record Option(String value, Content text, boolean selected) {
    }

    public record Choice(String id, String name, String value, Content label, boolean checked) {
    }

    /**
     * Writing a new idea or changing one. A new idea for nobody in particular is for everyone; a changed one keeps
     * what is ticked, so unticking every target group is refused and its hint does not promise otherwise.
     */
    enum Purpose {
        SUBMIT("submit.heading", "ideaForm.targetGroups.hint"),
        EDIT("edit.heading", "ideaForm.targetGroups.hint.edit");

        private final String headingKey;
        private final String targetGroupsHintKey;

        Purpose(String headingKey, String targetGroupsHintKey) {
            this.headingKey = headingKey;
            this.targetGroupsHintKey = targetGroupsHintKey;
        }
    }

    private IdeaFormView() {
    }

    /** {@code path} is the form's page and where it posts; {@code choices} the municipality's service areas and values. */
    static String render(Texts texts, Purpose purpose, String path, IdeaForm form, @Nullable Refusal refusal,
                         String csrf, String municipality, ProposalsReading.IdeaChoices choices) {
        var t = new TemplateTexts(texts);
        var errors = new LinkedHashMap<String, Content>();
        List<SummaryItem> summary = null;
        if (refusal != null) {
            summary = new ArrayList<>();
            for (var field : IdeaForm.FIELDS) {
                var message = refusal.messageFor(field, texts);
                if (message != null) {
                    errors.put(field, html(message));
                    summary.add(new SummaryItem("#" + field, html(message)));
                }
            }
            var general = refusal.general(texts, IdeaForm.FIELDS);
            if (general != null) {
                summary.add(new SummaryItem(null, html(general)));
            }
        }
        var serviceAreas = choices.serviceAreas().stream()
            .map(code -> new Option(code, html(texts.word("serviceArea", code)), code.equals(form.serviceArea())))
            .toList();
        var values = choices.strategicValues().stream()
            .map(value -> choice("strategicValues", value.code(), html(escape(value.name())), form.strategicValues()))
            .toList();
        var heading = texts.text(purpose.headingKey);
        var view = new View(t, html(heading), path, CsrfTokens.FIELD, csrf, summary, errors, form.title(),
            html(textareaContent(form.body())), serviceAreas, values, t.get(purpose.targetGroupsHintKey),
            choices(texts, "targetGroups", "targetGroup", IdeaForm.TARGET_GROUPS, form.targetGroups()),
            choices(texts, "costModel", "costModel", IdeaForm.COST_MODELS, List.of(form.costModel())), form.place(),
            municipality, html(Assets.bundled().scriptTag("similar-ideas.js")));
        var title = refusal == null ? heading : texts.text("form.errorTitlePrefix") + " " + heading;
        return Page.render(texts, title + " – Samskap", IdeaTemplates.render("ideaForm.jte", view), path);
    }

    /** A line break in a textarea is written as a character reference, so a leading one is not dropped by the parser. */
    static String textareaContent(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "&#10;");
    }

    private static List<Choice> choices(Texts texts, String name, String wordGroup, List<String> codes,
                                        List<String> chosen) {
        return codes.stream().map(code -> choice(name, code, html(texts.word(wordGroup, code)), chosen)).toList();
    }

    private static Choice choice(String name, String code, Content label, List<String> chosen) {
        return new Choice(name + "-" + code, name, code, label, chosen.contains(code));
    }
}
