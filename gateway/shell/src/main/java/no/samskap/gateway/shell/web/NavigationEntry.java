package no.samskap.gateway.shell.web;

/**
 * A link a module adds to the site's main navigation, declared as a bean. Entries show in {@code order}, lowest
 * first, to those the {@code audience} admits; {@code id} is the link's element id and {@code textKey} its text.
 */
public record NavigationEntry(String path, String id, String textKey, int order, Audience audience) {
}
