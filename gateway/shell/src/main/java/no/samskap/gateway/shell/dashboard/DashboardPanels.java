package no.samskap.gateway.shell.dashboard;

import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every module's dashboard panel, in its order, each read once for one municipality and period. */
@Singleton
final class DashboardPanels {

    private final List<DashboardPanel> panels;

    DashboardPanels(List<DashboardPanel> panels) {
        this.panels = panels.stream()
            .sorted(Comparator.comparingInt(DashboardPanel::order).thenComparing(DashboardPanel::key)).toList();
    }

    /** By key, in order. */
    Map<String, DashboardPanel.Figures> read(String municipality, Period period) {
        var read = new LinkedHashMap<String, DashboardPanel.Figures>();
        panels.forEach(panel -> read.put(panel.key(), panel.read(municipality, period)));
        return read;
    }
}
