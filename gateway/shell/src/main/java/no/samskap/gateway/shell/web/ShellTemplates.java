package no.samskap.gateway.shell.web;

/** The shell's own templates ({@code gateway/shell/src/main/jte}), for the shell's pages in every package. */
public final class ShellTemplates {

    private ShellTemplates() {
    }

    public static String render(String name, Object model) {
        return Templates.shell().render(name, model);
    }
}
