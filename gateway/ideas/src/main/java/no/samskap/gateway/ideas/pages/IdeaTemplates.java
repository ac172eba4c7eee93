package no.samskap.gateway.ideas.pages;

import gg.jte.Content;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Templates;

/** The ideas module's page templates ({@code src/main/jte}), compiled at build time into its own package (ADR 0029). */
final class IdeaTemplates {

    private static final Templates TEMPLATES = new Templates("gg.jte.generated.precompiled.ideas", IdeaTemplates.class);

    private IdeaTemplates() {
    }

    static String render(String name, Object model) {
        return TEMPLATES.render(name, model);
    }

    /** A part of a page rendered by its own template, to be placed in another as it is. */
    static Content part(String name, Object model) {
        return TemplateTexts.html(render(name, model));
    }

    /** Designsystemet's colour for a status badge: settled outcomes in green or red, the rest neutral or informative. */
    static String statusColor(String status) {
        switch (status) {
            case "accepted":
            case "realised":
                return "success";
            case "under-assessment":
                return "warning";
            case "rejected":
                return "danger";
            case "published":
                return "info";
            default:
                return "neutral";
        }
    }
}
