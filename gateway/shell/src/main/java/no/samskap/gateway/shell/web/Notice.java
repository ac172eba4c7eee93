package no.samskap.gateway.shell.web;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;

/**
 * A short page that says one thing (not found, no access, signed out) and offers one way on; rendered by
 * {@code notice.jte}. The ids are for the pages' tests and links; either may be null.
 */
public record Notice(@Nullable String headingId, Content heading, @Nullable String textId, Content text,
                     String linkPath, Content linkText, boolean announced) {

    /** The page's content, to be framed by {@link Page}. */
    public String render() {
        return Templates.shell().render("notice.jte", this);
    }
}
