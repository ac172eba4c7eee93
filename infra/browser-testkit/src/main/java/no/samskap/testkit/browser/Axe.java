package no.samskap.testkit.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core (the npm package's {@code axe.min.js}, from the test classpath) run in the page the browser shows, against
 * the WCAG 2.0 and 2.1 A and AA rules plus Deque's best practices. The script goes in through WebDriver, which the
 * page's Content-Security-Policy does not govern, so the site itself never has to allow it.
 */
public final class Axe {

    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private static final String SOURCE = read("/axe.min.js");

    private static final String RUN = """
        var done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
          .then(function (results) {
            done(results.violations.map(function (v) {
              return {id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                      targets: v.nodes.map(function (n) { return n.target.join(' ') + '  ' + n.html; })};
            }));
          })
          .catch(function (e) { done('axe failed: ' + e); });
        """;

    private Axe() {
    }

    public record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {

        @Override
        public String toString() {
            return "  " + id + " (" + impact + "): " + help + " <" + helpUrl + ">"
                + targets.stream().map(target -> "\n      " + target).collect(Collectors.joining());
        }
    }

    public static String version(WebDriver browser) {
        inject(browser);
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return axe.version;"));
    }

    /** Every violation on the page as it stands now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(WebDriver browser) {
        inject(browser);
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript(RUN, TAGS);
        if (!(answer instanceof List)) {
            throw new IllegalStateException(String.valueOf(answer));
        }
        return ((List<Map<String, Object>>) answer).stream()
            .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                (String) v.get("helpUrl"), (List<String>) v.get("targets")))
            .toList();
    }

    public static String report(String page, List<Violation> violations) {
        return violations.size() + " accessibility violation(s) on " + page + ":\n"
            + violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }

    private static void inject(WebDriver browser) {
        var executor = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(executor.executeScript("return typeof axe === 'object';"))) {
            executor.executeScript(SOURCE);
        }
    }

    private static String read(String resource) {
        try (var in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
