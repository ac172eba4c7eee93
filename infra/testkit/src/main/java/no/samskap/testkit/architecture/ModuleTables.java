package no.samskap.testkit.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which gateway module created which table: every {@code create table} in the Flyway migrations under
 * {@code db/gateway-<module>/} on the class path belongs to that module.
 */
final class ModuleTables {

    static final String MIGRATIONS = "db/";
    private static final Pattern MODULE_FOLDER = Pattern.compile("db/gateway-([a-z0-9-]+)/[^/]+\\.sql");
    private static final Pattern CREATED = Pattern.compile(
        "(?i)\\bcreate\\s+(?:unlogged\\s+)?(?:table|(?:materialized\\s+)?view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    private final Map<String, String> ownerByTable;

    ModuleTables(Map<String, String> ownerByTable) {
        this.ownerByTable = Map.copyOf(ownerByTable);
    }

    static ModuleTables onClassPath() {
        var owners = new HashMap<String, String>();
        try {
            var roots = ModuleTables.class.getClassLoader().getResources(MIGRATIONS);
            while (roots.hasMoreElements()) {
                migrationsUnder(roots.nextElement()).forEach(owners::put);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModuleTables(owners);
    }

    /** The module that created the table, if a gateway module did. */
    Optional<String> ownerOf(String table) {
        return Optional.ofNullable(ownerByTable.get(table.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> migrationsUnder(URL root) throws IOException {
        var owners = new HashMap<String, String>();
        if ("jar".equals(root.getProtocol())) {
            var jar = ((JarURLConnection) root.openConnection()).getJarFile();
            for (var entry : Collections.list(jar.entries())) {
                try (var in = jar.getInputStream(entry)) {
                    read(entry.getName(), in, owners);
                }
            }
        } else {
            var folder = folderOf(root);
            try (Stream<Path> files = Files.walk(folder)) {
                for (var file : files.filter(Files::isRegularFile).toList()) {
                    try (var in = Files.newInputStream(file)) {
                        read(MIGRATIONS + folder.relativize(file).toString().replace('\\', '/'), in, owners);
                    }
                }
            }
        }
        return owners;
    }

    private static void read(String name, InputStream in, Map<String, String> owners) throws IOException {
        var module = MODULE_FOLDER.matcher(name);
        if (!module.matches()) {
            return;
        }
        var created = CREATED.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (created.find()) {
            owners.put(created.group(1).toLowerCase(Locale.ROOT), module.group(1));
        }
    }

    private static Path folderOf(URL root) {
        try {
            return Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Not a folder: " + root, e);
        }
    }
}
