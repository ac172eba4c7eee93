package no.samskap.launcher;

import no.samskap.runtime.keycloak.DemoUsers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoLoginTableTest {

    private final List<String> lines = DemoLoginTable.lines(DemoUsers.all());

    @Test
    void listsEveryDemoUserWithPasswordRolesAndName() {
        for (var user : DemoUsers.all()) {
            var line = lineOf(user.username());
            assertTrue(line.contains(user.password()), line);
            assertTrue(line.contains(String.join(", ", user.roles())), line);
            assertTrue(line.endsWith(user.displayName()), line);
        }
        assertEquals(DemoUsers.all().size(), lines.stream().filter(line -> line.contains("demo-")).count(), text());
    }

    @Test
    void groupsTheUsersUnderTheirMunicipality() {
        var rana = lines.indexOf("    Rana 1833");
        var ullensvang = lines.indexOf("    Ullensvang 4618");

        assertTrue(rana >= 0 && ullensvang > rana, text());
        for (var user : DemoUsers.all()) {
            var index = lines.indexOf(lineOf(user.username()));
            var inRana = index > rana && index < ullensvang;
            assertEquals(user.municipality().equals(DemoUsers.RANA), inRana, user.username() + "\n" + text());
        }
    }

    @Test
    void alignsTheColumnsUnderTheirHeadings() {
        var heading = lines.get(0);
        for (var user : DemoUsers.all()) {
            var line = lineOf(user.username());
            assertEquals(heading.indexOf("password"), line.indexOf(user.password()), text());
            assertEquals(heading.indexOf("role"), line.lastIndexOf(user.roles().get(0)), text());
            assertEquals(heading.lastIndexOf("name"), line.indexOf(user.displayName()), text());
        }
        assertTrue(heading.startsWith("      username"), heading);
    }

    @Test
    void endsNoLineInSpaces() {
        lines.forEach(line -> assertFalse(line.endsWith(" "), "'" + line + "'"));
    }

    private String lineOf(String username) {
        return lines.stream().filter(line -> line.trim().startsWith(username + " ")).findFirst()
            .orElseThrow(() -> new AssertionError(username + " is missing:\n" + text()));
    }

    private String text() {
        return String.join("\n", lines);
    }
}
