package no.samskap.gateway.shell.web;

/** The texts of what every page shares: the frame, the home page, the about pages and the error pages. */
public final class ShellTexts implements TextBundle {

    @Override
    public String baseName() {
        return "i18n/shell";
    }
}
