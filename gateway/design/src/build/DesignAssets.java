import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fetches Designsystemet from the npm registry and turns it into the gateway's static assets: one stylesheet with the
 * components the pages use, and one theme stylesheet per municipality made by Designsystemet's theme tool. Run by
 * Maven as a single source file, so that it can say plainly what is missing before anything needs Node.js.
 *
 * <p>Arguments: the module directory, a work directory for npm, and the directory the assets are written to.
 */
public final class DesignAssets {

    private static final int[] OLDEST_NODE = {20, 20, 2};
    private static final String INSTALL_NODE = "Building the gateway's design assets needs Node.js 20.20.2 or newer with npm"
        + " on the PATH (found %s): install Node.js 20, for example from NodeSource, and build again.";
    private static final List<String> INPUTS = List.of("package.json", "package-lock.json",
        "designsystemet.config.json", "designsystemet-bundle.properties", "src/build/DesignAssets.java");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SPACE_AROUND_PUNCTUATION = Pattern.compile(" ?([{};]) ?");

    private final Path module;
    private final Path work;
    private final Path assets;

    private DesignAssets(Path module, Path work, Path assets) {
        this.module = module;
        this.work = work;
        this.assets = assets;
    }

    public static void main(String[] args) throws Exception {
        var build = new DesignAssets(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        try {
            build.run();
        } catch (MissingTool missing) {
            System.err.println("[design] " + missing.getMessage());
            System.exit(1);
        }
    }

    private void run() throws IOException, InterruptedException {
        requireNode();
        var stamp = work.resolve("inputs.sha256");
        var inputs = hashOfInputs();
        var bundled = assets.resolve("designsystemet.css");
        if (Files.exists(bundled) && Files.exists(stamp) && Files.readString(stamp).equals(inputs)) {
            System.out.println("[design] Design assets are up to date in " + assets);
            return;
        }
        Files.createDirectories(work);
        Files.deleteIfExists(work.resolve("design-build.log"));
        for (var input : List.of("package.json", "package-lock.json", "designsystemet.config.json")) {
            Files.copy(module.resolve(input), work.resolve(input), StandardCopyOption.REPLACE_EXISTING);
        }
        run("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--prefer-offline");
        var cli = "node_modules/@digdir/designsystemet/dist/bin/designsystemet.js";
        run("node", cli, "tokens", "create", "--config", "designsystemet.config.json", "-o", "design-tokens");
        run("node", cli, "tokens", "build", "-t", "design-tokens", "-o", "themes", "--clean");
        Files.createDirectories(assets);
        writeComponents(bundled);
        writeThemes();
        Files.writeString(stamp, inputs);
    }

    private void writeComponents(Path bundled) throws IOException {
        var bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(module.resolve("designsystemet-bundle.properties"))) {
            bundle.load(reader);
        }
        var css = new StringBuilder("@layer ds.theme, ds.base, ds.components;");
        for (var layer : List.of("base", "components")) {
            css.append("@layer ds.").append(layer).append('{');
            for (var component : bundle.getProperty(layer).trim().split("\\s+")) {
                var file = work.resolve("node_modules/@digdir/designsystemet-css/dist/src/" + component + ".css");
                css.append(Files.readString(file).strip());
            }
            css.append('}');
        }
        Files.writeString(bundled, css);
        report(bundled);
    }

    private void writeThemes() throws IOException {
        List<Path> themes;
        try (Stream<Path> files = Files.list(work.resolve("themes"))) {
            themes = files.filter(file -> file.toString().endsWith(".css")).sorted().toList();
        }
        for (var theme : themes) {
            var target = assets.resolve("theme-" + theme.getFileName());
            Files.writeString(target, minified(Files.readString(theme)));
            report(target);
        }
    }

    /** Safe for the theme tool's output, which holds custom properties and selectors, and no strings with these characters. */
    static String minified(String css) {
        var withoutComments = COMMENT.matcher(css).replaceAll("");
        var oneLine = SPACE.matcher(withoutComments).replaceAll(" ");
        return SPACE_AROUND_PUNCTUATION.matcher(oneLine).replaceAll("$1").strip();
    }

    private static void report(Path asset) throws IOException {
        System.out.printf("[design] %s: %,d bytes%n", asset.getFileName(), Files.size(asset));
    }

    private void requireNode() throws IOException, InterruptedException {
        var version = versionOf("node");
        var parts = Arrays.stream(version.replaceFirst("^v", "").split("\\.")).mapToInt(DesignAssets::number).toArray();
        if (Arrays.compare(parts, OLDEST_NODE) < 0) {
            throw new MissingTool(INSTALL_NODE.formatted("Node.js " + version));
        }
        versionOf("npm");
    }

    private static int number(String part) {
        return part.matches("\\d+") ? Integer.parseInt(part) : 0;
    }

    private static String versionOf(String tool) throws InterruptedException {
        try {
            var process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new MissingTool(INSTALL_NODE.formatted("a " + tool + " that fails to run"));
            }
            return output;
        } catch (IOException notFound) {
            throw new MissingTool(INSTALL_NODE.formatted("no " + tool));
        }
    }

    /** The tools are chatty; their output goes to a log, shown only when they fail. */
    private void run(String... command) throws IOException, InterruptedException {
        var log = work.resolve("design-build.log");
        var process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (process.waitFor() != 0) {
            System.err.println(Files.readString(log));
            throw new IllegalStateException("[design] " + String.join(" ", command) + " failed in " + work
                + " with exit code " + process.exitValue() + "; its output is above and in " + log);
        }
    }

    private String hashOfInputs() throws IOException {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var input : INPUTS) {
                digest.update(Files.readAllBytes(module.resolve(input)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static final class MissingTool extends RuntimeException {
        MissingTool(String message) {
            super(message);
        }
    }
}
