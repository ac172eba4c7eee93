package no.samskap.gateway.organisations.pages;

import no.samskap.gateway.shell.web.Templates;

/** The module's one set of JTE templates, {@code src/main/jte} compiled into its own package (ADR 0029). */
public final class OrganisationTemplates {

    private static final Templates TEMPLATES = new Templates("gg.jte.generated.precompiled.organisations",
        OrganisationTemplates.class);

    private OrganisationTemplates() {
    }

    /** Renders the template {@code name} (such as {@code "pages/directory.jte"}) whose single parameter is {@code model}. */
    public static String render(String name, Object model) {
        return TEMPLATES.render(name, model);
    }
}
