package no.samskap.gateway.shell.web;

import java.util.Collection;
import java.util.UUID;

/**
 * The versions of one kind of page, kept by the module that owns the page ({@code "idea"}, {@code "event"}), so that it
 * may keep a visitor's rendering of a page while nothing on it has changed (ADR 0067). The owner's own tables move
 * the versions themselves; other modules tell of changes to their panels through {@link PageChanges}.
 */
public interface PageVersions {

    /** The page, as {@link PagePanel#page()} names it. */
    String page();

    /** Every page about these subjects shows something new; to be called in the transaction that changes it. */
    void changed(Collection<UUID> subjects);

    /** Every page of this kind may show something new, as after a replay empties a read model. */
    void everyPageChanged();
}
