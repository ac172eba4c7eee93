package no.samskap.gateway.shell.web;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What a page may tell its frame besides its title and content: a meta description (safe HTML, from {@link Texts}),
 * the breadcrumbs that lead to it, and the municipality it belongs to (a kommunenummer), whose name heads the page
 * and whose colours it wears. A page under {@code /kommuner/{nr}/} belongs to that municipality without saying so.
 */
public record PageDetails(@Nullable String description, List<Breadcrumb> breadcrumbs, @Nullable String municipality) {

    public static final PageDetails NONE = new PageDetails(null, List.of(), null);

    public PageDetails {
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    public PageDetails describedAs(String safeHtml) {
        return new PageDetails(safeHtml, breadcrumbs, municipality);
    }

    /** The trail from the home page to this page; the last crumb is the page itself. */
    public PageDetails withBreadcrumbs(Breadcrumb... trail) {
        return new PageDetails(description, List.of(trail), municipality);
    }

    public PageDetails inMunicipality(String kommunenummer) {
        return new PageDetails(description, breadcrumbs, kommunenummer);
    }

    /** One step of the trail: {@code text} is safe HTML; {@code path} is null for the page itself. */
    public record Breadcrumb(@Nullable String path, String text) {

        public static Breadcrumb to(String path, String text) {
            return new Breadcrumb(path, text);
        }

        public static Breadcrumb here(String text) {
            return new Breadcrumb(null, text);
        }
    }
}
