package no.samskap.gateway.shell.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;

/**
 * Every module's navigation entries in the order they show; a page asks which of them its viewer sees. An entry
 * whose text a language lacks stops the gateway at start-up.
 */
@Singleton
final class Navigation {

    private final List<NavigationEntry> entries;

    Navigation(List<NavigationEntry> entries) {
        entries.forEach(entry -> Texts.requireInEveryLanguage(entry.textKey(), "The navigation entry " + entry.path()));
        this.entries = entries.stream()
            .sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::path))
            .toList();
    }

    List<NavigationEntry> seenBy(@Nullable Authentication viewer) {
        return entries.stream().filter(entry -> entry.audience().admits(viewer)).toList();
    }
}
