package no.samskap.gateway.organisations.pages;

import gg.jte.Content;
import no.samskap.contract.organisations.AssociationTypes;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The register form ({@code pages/register.jte}): on a refusal it comes back with what was typed, an error summary at
 * the top linking to each field, and each field's message beside it. The organisation number is checked as it is
 * typed by a script, which says whether the check digit holds in words the page gives it, in the page's language.
 */
public record RegisterPage(TemplateTexts t, String csrf, RegisterForm form, FormMessages messages,
                           List<FormOption> types, List<DirectoryEntry> parents, Content script) {

    static final String PATH = "/foreninger/ny";

    static String render(Texts texts, RegisterForm form, Optional<Refusal> refusal, String csrf,
                         List<DirectoryEntry> parents) {
        var byField = new LinkedHashMap<String, String>();
        refusal.ifPresent(refused -> RegisterForm.FIELDS.forEach(field -> refused.messageFor(field, texts)
            .ifPresent(message -> byField.put(field, message))));
        var types = new ArrayList<FormOption>();
        types.add(new FormOption("", html(texts.text("org.field.type.choose")), form.type().isEmpty()));
        AssociationTypes.CODES.forEach(code -> types.add(new FormOption(code, html(texts.word("org.type", code)),
            code.equals(form.type()))));
        return OrganisationTemplates.render("pages/register.jte", new RegisterPage(new TemplateTexts(texts), csrf,
            form, FormMessages.of(byField, refusal.flatMap(refused -> refused.general(texts, RegisterForm.FIELDS))),
            types, parents, html(Assets.bundled().scriptTag("organisation-number.js"))));
    }

    public boolean parentChosen(DirectoryEntry parent) {
        return parent.id().toString().equals(form.parentAssociationId());
    }

    static String residentsOnly(Texts texts) {
        return OrganisationTemplates.render("pages/residentsOnly.jte", new TemplateTexts(texts));
    }
}
