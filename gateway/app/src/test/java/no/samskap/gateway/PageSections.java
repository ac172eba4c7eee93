package no.samskap.gateway;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finds one {@code <section>} of a page by its id, so a test reads what that section alone says. */
public final class PageSections {

    private PageSections() {
    }

    /** From the section's opening tag to its end; fails the test when the page has no such section. */
    public static String section(String page, String id) {
        var start = page.indexOf("<section id=\"" + id + "\"");
        assertTrue(start >= 0, "no section " + id + " in " + page);
        return page.substring(start, page.indexOf("</section>", start));
    }
}
