package no.samskap.gateway.shell.about;

import java.util.List;

import static no.samskap.gateway.shell.about.AboutPage.Section;
import static no.samskap.gateway.shell.about.AboutPage.dated;
import static no.samskap.gateway.shell.about.AboutPage.items;
import static no.samskap.gateway.shell.about.AboutPage.link;
import static no.samskap.gateway.shell.about.AboutPage.paragraph;

/**
 * The privacy statement (personvernerklæring): who is responsible, exactly what Samskap keeps about a signed-in person
 * and why, on what legal basis and for how long, what is never shown, and whom to ask.
 */
final class PrivacyStatement {

    static final AboutPage PAGE = new AboutPage("/personvern", "privacy.title", "privacy.heading", "privacy.description", List.of(
        Section.of("privacy-responsible", "privacy.responsible.heading", paragraph("privacy.responsible.text")),
        Section.of("privacy-kept", "privacy.kept.heading", paragraph("privacy.kept.intro"),
            items("privacy.kept.subject", "privacy.kept.name", "privacy.kept.contributions",
                "privacy.kept.notifications", "privacy.kept.digest", "privacy.kept.cookies"),
            paragraph("privacy.kept.not")),
        Section.of("privacy-public", "privacy.public.heading", paragraph("privacy.public.text")),
        Section.of("privacy-purpose", "privacy.purpose.heading", paragraph("privacy.purpose.text")),
        Section.of("privacy-basis", "privacy.basis.heading", paragraph("privacy.basis.text")),
        Section.of("privacy-retention", "privacy.retention.heading", paragraph("privacy.retention.text")),
        Section.of("privacy-rights", "privacy.rights.heading", paragraph("privacy.rights.text"),
            link("privacy.rights.complain", "privacy.rights.complainLink", "https://www.datatilsynet.no/")),
        Section.of("privacy-contact", "privacy.contact.heading", paragraph("privacy.contact.text"),
            items("privacy.contact.rana", "privacy.contact.ullensvang")),
        Section.of("privacy-about", "privacy.about.heading",
            dated("privacy.about.written", AccessibilityStatement.WRITTEN))));

    private PrivacyStatement() {
    }
}
