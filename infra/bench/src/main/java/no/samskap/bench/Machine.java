package no.samskap.bench;

import org.jooq.DSLContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine and database a run was measured on, as the report states them. */
public record Machine(int cores, String cpu, String memory, String postgres, String settings, String java, String load) {

    public static Machine describe(DSLContext sql) {
        var settings = sql.fetch("select name, setting, unit from pg_settings where name in"
                + " ('shared_buffers', 'work_mem', 'effective_cache_size', 'jit', 'random_page_cost') order by name")
            .map(row -> row.get(0) + "=" + row.get(1) + (row.get(2) == null ? "" : " " + row.get(2)));
        var machine = describe(sql.fetchOne("select version()").get(0, String.class));
        return new Machine(machine.cores, machine.cpu, machine.memory, machine.postgres, String.join(", ", settings),
            machine.java, machine.load);
    }

    /** For a run over HTTP, which reads the database's version from whoever started it and no settings. */
    public static Machine describe(String postgres) {
        return new Machine(Runtime.getRuntime().availableProcessors(), firstValue("/proc/cpuinfo", "model name"),
            firstValue("/proc/meminfo", "MemTotal"), postgres, "", System.getProperty("java.vm.name") + " "
            + System.getProperty("java.version"), loadAverage());
    }

    /** Other work on the machine shows in the tail percentiles; the report says how busy it was. */
    public static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String firstValue(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(line -> line.startsWith(key)).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown (" + file + " unreadable)";
        }
    }
}
