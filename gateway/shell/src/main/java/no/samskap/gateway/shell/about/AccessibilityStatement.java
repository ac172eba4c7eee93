package no.samskap.gateway.shell.about;

import java.time.LocalDate;
import java.util.List;

import static no.samskap.gateway.shell.about.AboutPage.Section;
import static no.samskap.gateway.shell.about.AboutPage.dated;
import static no.samskap.gateway.shell.about.AboutPage.items;
import static no.samskap.gateway.shell.about.AboutPage.link;
import static no.samskap.gateway.shell.about.AboutPage.paragraph;

/**
 * The accessibility statement (tilgjengelighetserklæring), in the order uustatus.no uses: the site and who answers
 * for it, how far it meets the requirements, what is known not to, how to tell us, how to complain, how it was
 * tested, and when the statement was written.
 */
final class AccessibilityStatement {

    /** Move this when the statement is reviewed; the page shows it in the reader's language. */
    static final LocalDate WRITTEN = LocalDate.of(2026, 11, 28);

    static final AboutPage PAGE = new AboutPage("/tilgjengelighet", "a11y.title", "a11y.heading", "a11y.description", List.of(
        Section.of("a11y-site", "a11y.site.heading", paragraph("a11y.site.text"), paragraph("a11y.site.responsible")),
        Section.of("a11y-status", "a11y.status.heading", paragraph("a11y.status.standard"),
            paragraph("a11y.status.level")),
        Section.of("a11y-gaps", "a11y.gaps.heading", paragraph("a11y.gaps.intro"),
            items("a11y.gaps.language", "a11y.gaps.signIn", "a11y.gaps.audit", "a11y.gaps.new")),
        Section.of("a11y-report", "a11y.report.heading", paragraph("a11y.report.text"),
            items("a11y.report.rana", "a11y.report.ullensvang"), paragraph("a11y.report.answer")),
        Section.of("a11y-complain", "a11y.complain.heading",
            link("a11y.complain.text", "a11y.complain.link", "https://www.diskrimineringsnemnda.no/"),
            link("a11y.complain.supervisor", "a11y.complain.supervisorLink", "https://www.uutilsynet.no/")),
        Section.of("a11y-testing", "a11y.testing.heading", paragraph("a11y.testing.text"),
            items("a11y.testing.axe", "a11y.testing.keyboard", "a11y.testing.lighthouse")),
        Section.of("a11y-about", "a11y.about.heading", dated("a11y.about.written", WRITTEN))));

    private AccessibilityStatement() {
    }
}
