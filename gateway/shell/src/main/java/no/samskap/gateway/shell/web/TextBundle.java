package no.samskap.gateway.shell.web;

/**
 * A module's page texts: {@code <baseName>_nb.properties}, {@code _nn} and {@code _en}. Each module lists its
 * implementation in {@code META-INF/services/no.samskap.gateway.shell.web.TextBundle}, so pages and unit tests find
 * every module's texts without an application context, and a module that is left out takes its texts with it.
 */
public interface TextBundle {

    String baseName();
}
