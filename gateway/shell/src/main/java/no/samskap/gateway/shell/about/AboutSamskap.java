package no.samskap.gateway.shell.about;

import java.util.List;

import static no.samskap.gateway.shell.about.AboutPage.Section;
import static no.samskap.gateway.shell.about.AboutPage.paragraph;

/** "Om Samskap": what the site is, who answers for it, and that its content is open. */
final class AboutSamskap {

    static final AboutPage PAGE = new AboutPage("/om", "about.title", "about.heading", "about.description", List.of(
        Section.of("about-what", "about.what.heading", paragraph("about.what.text")),
        Section.of("about-who", "about.who.heading", paragraph("about.who.text")),
        Section.of("about-open", "about.open.heading", paragraph("about.open.text"))));

    private AboutSamskap() {
    }
}
