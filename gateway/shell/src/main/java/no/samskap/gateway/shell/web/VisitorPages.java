package no.samskap.gateway.shell.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whole pages as a visitor (nobody signed in, no query) last saw them, per address and language, each with the
 * version of what it shows ({@link PageVersions}) and {@code F}, whatever else it was rendered from (the day, the
 * municipality's name): a kept page is given again only while all of those are equal, so it is the page a fresh
 * rendering would give (ADR 0067). A page holding the visitor's own CSRF token is never kept.
 */
public final class VisitorPages<F> {

    private final int capacity;
    private final Map<Key, Kept<F>> kept;

    public VisitorPages(int capacity) {
        this.capacity = capacity;
        this.kept = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Kept<F>> eldest) {
                return size() > VisitorPages.this.capacity;
            }
        };
    }

    /** A page for nobody in particular: no one signed in, and nothing asked in the query (a confirmation, a form). */
    public static boolean forEveryone(HttpRequest<?> request, @Nullable Authentication viewer) {
        return viewer == null && request.getParameters().isEmpty();
    }

    /**
     * The page at {@code address} in {@code language} as kept at {@code version}, if what else it was rendered from is
     * still so.
     */
    public Optional<String> kept(String address, Language language, long version, Predicate<F> stillSo) {
        Kept<F> found;
        synchronized (this) {
            found = kept.get(new Key(address, language));
        }
        return found != null && found.version() == version && stillSo.test(found.renderedFrom())
            ? Optional.of(found.html()) : Optional.empty();
    }

    /** Keeps a page rendered for a visitor, unless it holds their own CSRF token. */
    public void keep(String address, Language language, long version, F renderedFrom, String csrfToken, String html) {
        if (!html.contains(csrfToken)) {
            synchronized (this) {
                kept.put(new Key(address, language), new Kept<>(version, renderedFrom, html));
            }
        }
    }

    private record Key(String address, Language language) {
    }

    private record Kept<F>(long version, F renderedFrom, String html) {
    }
}
