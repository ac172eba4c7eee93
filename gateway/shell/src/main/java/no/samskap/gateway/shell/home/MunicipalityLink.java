package no.samskap.gateway.shell.home;

/**
 * A module's way into one municipality, declared as a bean: the front page lists every municipality the gateway knows
 * with each module's link, {@code path} with {@code {municipality}} put in, named by the module's text {@code textKey}
 * with the municipality's name as its argument, lowest {@code order} first.
 */
public record MunicipalityLink(String path, String textKey, int order) {

    static final String PLACEHOLDER = "{municipality}";

    public MunicipalityLink {
        if (!path.startsWith("/") || !path.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("A municipality link is a path of this site with " + PLACEHOLDER
                + " in it, not " + path);
        }
    }

    String pathFor(String municipality) {
        return path.replace(PLACEHOLDER, municipality);
    }
}
