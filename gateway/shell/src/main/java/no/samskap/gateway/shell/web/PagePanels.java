package no.samskap.gateway.shell.web;

import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every {@link PagePanel} of the running gateway, for the module whose page they join. */
@Singleton
public final class PagePanels {

    private final List<PagePanel> panels;

    PagePanels(List<PagePanel> panels) {
        this.panels = panels.stream().sorted(Comparator.comparingInt(PagePanel::order)).toList();
    }

    /** The panels of {@code page} about {@code subjectId} for this viewer, in order, or nothing. */
    public String render(String page, String subjectId, PanelViewer viewer) {
        return panels.stream()
            .filter(panel -> panel.page().equals(page))
            .map(panel -> panel.content(subjectId, viewer))
            .flatMap(Optional::stream)
            .collect(Collectors.joining());
    }
}
