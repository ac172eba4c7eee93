package no.samskap.launcher;

import no.samskap.runtime.keycloak.DemoUsers;
import no.samskap.runtime.keycloak.DemoUsers.DemoUser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The demo users of the local realm as lines to print: one group per municipality, the columns aligned. */
final class DemoLoginTable {

    private static final Map<String, String> MUNICIPALITY_NAMES = Map.of(
        DemoUsers.RANA, "Rana",
        DemoUsers.ULLENSVANG, "Ullensvang");
    private static final List<String> HEADINGS = List.of("username", "password", "role", "name");
    private static final String GROUP_INDENT = "    ";
    private static final String ROW_INDENT = "      ";
    private static final String COLUMN_GAP = "  ";

    private DemoLoginTable() {
    }

    static List<String> lines(List<DemoUser> users) {
        var rows = users.stream().map(DemoLoginTable::cells).toList();
        var widths = columnWidths(rows);
        var lines = new ArrayList<String>();
        lines.add(ROW_INDENT + aligned(HEADINGS, widths));
        byMunicipality(users).forEach((municipality, members) -> {
            var name = MUNICIPALITY_NAMES.getOrDefault(municipality, "Municipality");
            lines.add(GROUP_INDENT + name + " " + municipality);
            members.forEach(user -> lines.add(ROW_INDENT + aligned(cells(user), widths)));
        });
        return lines;
    }

    private static List<String> cells(DemoUser user) {
        return List.of(user.username(), user.password(), String.join(", ", user.roles()), user.displayName());
    }

    private static Map<String, List<DemoUser>> byMunicipality(List<DemoUser> users) {
        var groups = new LinkedHashMap<String, List<DemoUser>>();
        users.forEach(user -> groups.computeIfAbsent(user.municipality(), code -> new ArrayList<>()).add(user));
        return groups;
    }

    private static int[] columnWidths(List<List<String>> rows) {
        return IntStream.range(0, HEADINGS.size())
            .map(column -> Math.max(HEADINGS.get(column).length(),
                rows.stream().mapToInt(row -> row.get(column).length()).max().orElse(0)))
            .toArray();
    }

    /** The last column is not padded, so no line ends in spaces. */
    private static String aligned(List<String> cells, int[] widths) {
        var line = new StringBuilder();
        for (var column = 0; column < cells.size() - 1; column++) {
            line.append(String.format("%-" + widths[column] + "s", cells.get(column))).append(COLUMN_GAP);
        }
        return line.append(cells.get(cells.size() - 1)).toString();
    }
}
