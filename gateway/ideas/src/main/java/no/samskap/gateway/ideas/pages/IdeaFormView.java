package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * The form to write an idea or change one: every field labelled, with its length hint and, after a refusal, its
 * message tied to it by {@code aria-describedby} and listed in a summary at the top that links to it.
 */
final class IdeaFormView {

    private static final String MAIN = """
        <h1>%s</h1>
        %s<form method="post" action="%s" id="idea-form" novalidate>
          <input type="hidden" name="%s" value="%s">
          <div class="field">
            <label for="title">%s</label>
            <p class="hint" id="title-hint">%s</p>
            %s<input type="text" id="title" name="title" maxlength="120" autocomplete="off" aria-required="true" value="%s" aria-describedby="%s">
          </div>
          <div id="similar-ideas" class="similar-ideas" aria-live="polite" data-municipality="%s" data-heading="%s"></div>
          <div class="field">
            <label for="body">%s</label>
            <p class="hint" id="body-hint">%s</p>
            %s<textarea id="body" name="body" rows="8" maxlength="5000" aria-required="true" aria-describedby="%s">%s</textarea>
          </div>
          <div class="field">
            <label for="serviceArea">%s</label>
            %s<select id="serviceArea" name="serviceArea" aria-required="true"%s>%s</select>
          </div>
          %s
          <fieldset class="field" id="targetGroups"%s>
            <legend>%s</legend>
            <p class="hint" id="targetGroups-hint">%s</p>
            %s%s
          </fieldset>
          <fieldset class="field" id="costModel"%s>
            <legend>%s</legend>
            %s%s
          </fieldset>
          <div class="field">
            <label for="place">%s</label>
            <p class="hint" id="place-hint">%s</p>
            %s<input type="text" id="place" name="place" maxlength="120" value="%s" aria-describedby="%s">
          </div>
          <p><button type="submit" id="idea-submit">%s</button></p>
        </form>
        %s""";

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
    static String render(Texts texts, Purpose purpose, String path, IdeaForm form, Refusal refusal, String csrf,
                         String municipality, ProposalsReading.IdeaChoices choices) {
        var heading = texts.text(purpose.headingKey);
        var offered = choices.serviceAreas();
        var values = choices.strategicValues();
        var main = MAIN.formatted(heading, summary(texts, refusal), escape(path), CsrfTokens.FIELD, escape(csrf),
            texts.text("ideaForm.title"), texts.text("ideaForm.title.hint"), error(texts, refusal, "title"),
            escape(form.title()), describedBy(refusal, texts, "title", true),
            escape(municipality), texts.text("ideaForm.similar"),
            texts.text("ideaForm.body"), texts.text("ideaForm.body.hint"), error(texts, refusal, "body"),
            describedBy(refusal, texts, "body", true), textareaContent(form.body()),
            texts.text("ideaForm.serviceArea"), error(texts, refusal, "serviceArea"),
            ariaDescribedBy(describedBy(refusal, texts, "serviceArea", false)), serviceAreas(texts, offered, form),
            strategicValues(texts, refusal, values, form),
            ariaDescribedBy(describedBy(refusal, texts, "targetGroups", true)), texts.text("ideaForm.targetGroups"),
            texts.text(purpose.targetGroupsHintKey), error(texts, refusal, "targetGroups"),
            choices(texts, "checkbox", "targetGroups", "targetGroup", IdeaForm.TARGET_GROUPS, form.targetGroups()),
            ariaDescribedBy(describedBy(refusal, texts, "costModel", false)), texts.text("ideaForm.costModel"),
            error(texts, refusal, "costModel"),
            choices(texts, "radio", "costModel", "costModel", IdeaForm.COST_MODELS, List.of(form.costModel())),
            texts.text("ideaForm.place"), texts.text("ideaForm.place.hint"), error(texts, refusal, "place"),
            escape(form.place()), describedBy(refusal, texts, "place", true), texts.text("ideaForm.submit"),
            Assets.bundled().scriptTag("similar-ideas.js"));
        var title = refusal == null ? heading : texts.text("form.errorTitlePrefix") + " " + heading;
        return Page.render(texts, title + " – Samskap", main, path);
    }

    /** The page frame indents every line, so a line break inside a textarea is written as a character reference. */
    static String textareaContent(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "&#10;");
    }

    private static String summary(Texts texts, Refusal refusal) {
        if (refusal == null) {
            return "";
        }
        var items = new ArrayList<String>();
        for (var field : IdeaForm.FIELDS) {
            var message = refusal.messageFor(field, texts);
            if (message != null) {
                items.add("<li><a href=\"#%s\">%s</a></li>".formatted(field, message));
            }
        }
        var general = refusal.general(texts, IdeaForm.FIELDS);
        if (general != null) {
            items.add("<li>" + general + "</li>");
        }
        return """
            <div class="error-summary" id="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-heading">
              <h2 id="error-summary-heading">%s</h2>
              <ul>%s</ul>
            </div>
            """.formatted(texts.text("form.errorSummary"), String.join("", items));
    }

    private static String error(Texts texts, Refusal refusal, String field) {
        var message = refusal == null ? null : refusal.messageFor(field, texts);
        return message == null ? "" : "<p class=\"field-error\" id=\"%s-error\"><span class=\"visually-hidden\">%s</span> %s</p>"
            .formatted(field, texts.text("form.errorPrefix"), message);
    }

    private static String describedBy(Refusal refusal, Texts texts, String field, boolean hasHint) {
        var ids = new ArrayList<String>();
        if (hasHint) {
            ids.add(field + "-hint");
        }
        if (refusal != null && refusal.messageFor(field, texts) != null) {
            ids.add(field + "-error");
        }
        return String.join(" ", ids);
    }

    private static String ariaDescribedBy(String ids) {
        return ids.isEmpty() ? "" : " aria-describedby=\"" + ids + "\"";
    }

    private static String serviceAreas(Texts texts, List<String> offered, IdeaForm form) {
        return "<option value=\"\">" + texts.text("ideaForm.serviceArea.choose") + "</option>" + offered.stream()
            .map(code -> "<option value=\"%s\"%s>%s</option>".formatted(escape(code),
                code.equals(form.serviceArea()) ? " selected" : "", texts.word("serviceArea", code)))
            .collect(Collectors.joining());
    }

    private static String strategicValues(Texts texts, Refusal refusal, List<ProposalsReading.StrategicValue> values,
                                          IdeaForm form) {
        if (values.isEmpty()) {
            return "";
        }
        return "<fieldset class=\"field\" id=\"strategicValues\"%s>\n<legend>%s</legend>\n%s%s\n</fieldset>".formatted(
            ariaDescribedBy(describedBy(refusal, texts, "strategicValues", false)), texts.text("ideaForm.strategicValues"),
            error(texts, refusal, "strategicValues"),
            values.stream().map(value -> choice("checkbox", "strategicValues", value.code(), escape(value.name()),
                form.strategicValues())).collect(Collectors.joining("\n")));
    }

    private static String choices(Texts texts, String type, String name, String wordGroup, List<String> codes,
                                  List<String> chosen) {
        return codes.stream()
            .map(code -> choice(type, name, code, texts.word(wordGroup, code), chosen))
            .collect(Collectors.joining("\n"));
    }

    /** {@code label} is safe HTML already. */
    private static String choice(String type, String name, String code, String label, List<String> chosen) {
        return "<div class=\"choice\"><input type=\"%s\" id=\"%s-%s\" name=\"%s\" value=\"%s\"%s>"
            .formatted(type, name, escape(code), name, escape(code), chosen.contains(code) ? " checked" : "")
            + "<label for=\"%s-%s\">%s</label></div>".formatted(name, escape(code), label);
    }
}
