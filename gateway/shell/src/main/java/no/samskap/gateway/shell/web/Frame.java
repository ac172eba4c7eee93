package no.samskap.gateway.shell.web;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Everything {@code frame.jte} shows around a page's content, worked out by {@link Page}. Public only because the
 * compiled template reads it.
 */
public record Frame(TemplateTexts t, Content title, Content description, String favicon, List<String> stylesheets,
                    @Nullable String municipalityName, String signInHref, List<Link> navigation,
                    @Nullable Viewer viewer,
                    List<LanguageLink> languages, List<Crumb> breadcrumbs, Content main) {

    /** A navigation entry; a prominent one looks like the page's main button. */
    public record Link(String path, String id, Content text, boolean prominent, boolean current) {
    }

    /** Who is signed in, and the CSRF token their sign-out form repeats. */
    public record Viewer(String name, String csrfField, String csrfToken) {
    }

    public record LanguageLink(String href, String tag, Content name, boolean current) {
    }

    public record Crumb(@Nullable String path, Content text) {
    }
}
