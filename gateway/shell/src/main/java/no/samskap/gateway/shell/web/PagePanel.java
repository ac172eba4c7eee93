package no.samskap.gateway.shell.web;

import java.util.Optional;

/**
 * A module's part of another module's page, declared as a bean: the module owning the page renders every panel
 * declared for it, lowest {@code order} first, without knowing which modules declared them. A visitor's idea or event
 * page is kept while nothing on it changes (ADR 0067), so a module whose panel shows visitors something new must say
 * so through {@link PageChanges} in the transaction that changes it.
 */
public interface PagePanel {

    /** The page this panel joins, as the page's owner names it ({@code "idea"} for an idea's page). */
    String page();

    int order();

    /**
     * The panel's HTML, safe already, for the page about {@code subjectId} (an idea's id on the idea page) as this
     * viewer sees it; empty leaves it out. It should be one {@code <section>} with its own {@code <h2>}.
     */
    Optional<String> content(String subjectId, PanelViewer viewer);
}
