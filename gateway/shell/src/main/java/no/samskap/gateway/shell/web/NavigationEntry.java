package no.samskap.gateway.shell.web;

/**
 * A link a module adds to the site's main navigation, declared as a bean. Entries show in {@code order}, lowest
 * first, to those the {@code audience} admits; {@code id} is the link's element id and {@code textKey} its text. A
 * {@code prominent} entry is the site's main call to action and looks like a primary button.
 */
public record NavigationEntry(String path, String id, String textKey, int order, Audience audience, boolean prominent) {

    public NavigationEntry(String path, String id, String textKey, int order, Audience audience) {
        this(path, id, textKey, order, audience, false);
    }

    public NavigationEntry asProminent() {
        return new NavigationEntry(path, id, textKey, order, audience, true);
    }
}
