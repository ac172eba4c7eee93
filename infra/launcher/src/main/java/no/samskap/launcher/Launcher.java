package no.samskap.launcher;

import no.samskap.runtime.keycloak.DemoUsers;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts everything Samskap needs on a developer's machine with one command, from the repository root:
 * {@code java -jar infra/launcher/target/samskap-launcher.jar [--check]}.
 */
public final class Launcher {

    static final String USAGE = String.join(System.lineSeparator(),
        "Usage: java -jar infra/launcher/target/samskap-launcher.jar [--check]",
        "Starts PostgreSQL, Kafka, Keycloak and every Samskap service, then runs until Ctrl-C.",
        "  --check  start everything, print the addresses, stop again; exit code 0 when everything started",
        "  --help   show this text",
        "Environment: SAMSKAP_<SERVICE>_PORT (e.g. SAMSKAP_GATEWAY_PORT), SAMSKAP_KAFKA_PORT, KAFKA_BOOTSTRAP_SERVERS,",
        "  SAMSKAP_DB_NAME, SAMSKAP_DB_HOST, SAMSKAP_DB_PORT, SAMSKAP_DB_USER, SAMSKAP_DB_PASSWORD,",
        "  SAMSKAP_DB=embedded, SAMSKAP_KEYCLOAK_PORT, SAMSKAP_KEYCLOAK_ADMIN_PASSWORD, SAMSKAP_STATE_DIR,",
        "  SAMSKAP_RESTART_ATTEMPTS (restarts in a row of a service that keeps ending before giving up on it; 5);",
        "  SAMSKAP_OIDC_ISSUER and SAMSKAP_OIDC_JWKS_URL (optionally SAMSKAP_OIDC_AUDIENCE, SAMSKAP_OIDC_CLIENT_ID,",
        "  SAMSKAP_OIDC_CLIENT_SECRET) use an identity provider you have instead of starting Keycloak.");

    private final Platform platform;
    private final Progress progress;
    private final Map<String, String> environment;

    Launcher(Platform platform, Progress progress) {
        this(platform, progress, Map.of());
    }

    Launcher(Platform platform, Progress progress, Map<String, String> environment) {
        this.environment = environment;
        this.platform = platform;
        this.progress = progress;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out));
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out) {
        var check = false;
        for (var arg : args) {
            switch (arg) {
                case "--check" -> check = true;
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    out.println("Unknown option: " + arg);
                    out.println(USAGE);
                    return 2;
                }
            }
        }
        var progress = new Progress(out, System::nanoTime);
        try {
            var layout = RepositoryLayout.find(List.of(Path.of(""), ownLocation()));
            var deployables = Deployables.standard(new PortSettings(environment));
            // Before anything logs: the in-process broker and the embedded database log to this folder.
            System.setProperty("samskap.logs", layout.logsDirectory().toString());
            var platform = new Platform(layout, deployables, environment, progress, Platform.HEALTH_TIMEOUT);
            return new Launcher(platform, progress, environment).run(check);
        } catch (StartFailure failure) {
            progress.lines(failure.lines());
            return 1;
        }
    }

    /** @return the exit code */
    int run(boolean check) {
        var stopOnShutdown = new Thread(platform::stop, "samskap-stop");
        Runtime.getRuntime().addShutdownHook(stopOnShutdown);
        try {
            platform.start();
            DemoData.load(platform, progress, environment);
            printWhereToFindIt(check);
            if (check) {
                platform.stop();
                progress.line("Check passed: everything started and answered /health, and has been stopped.");
                return 0;
            }
            platform.awaitStop();
            return 0;
        } catch (StartFailure failure) {
            if (!platform.isStopping()) {
                progress.lines(failure.lines());
            }
            platform.stop();
            return 1;
        } catch (RuntimeException | Error unexpected) {
            // Caught to stop the children and the broker's threads, which would otherwise keep running.
            progress.line("The launcher failed: " + unexpected);
            unexpected.printStackTrace();
            platform.stop();
            return 1;
        } finally {
            removeShutdownHook(stopOnShutdown);
        }
    }

    private void printWhereToFindIt(boolean check) {
        progress.line("Samskap is running; it started in " + progress.sinceLaunch() + ".");
        platform.deployables().stream().filter(d -> d.name().equals(Deployables.ENTRY_POINT)).findFirst()
            .ifPresent(gateway -> {
                progress.line("  Open  " + gateway.baseUrl() + "/");
                progress.line("  API   " + gateway.baseUrl() + "/api/ideas?municipality=1833");
            });
        printHowToLogIn(platform.identityProvider());
        if (platform.sendsMailLocally()) {
            progress.line("  Mail  " + platform.layout().mailDirectory() + "/ (each mail Samskap sends, as an .eml file)");
        }
        progress.line("  Logs  " + platform.layout().logsDirectory() + "/");
        progress.line(check ? "  --check: stopping everything again now." : "  Stop  press Ctrl-C");
    }

    private void printHowToLogIn(IdentityProvider identityProvider) {
        identityProvider.startedKeycloak().ifPresentOrElse(keycloak -> {
            progress.line("  Demo logins (Keycloak realm samskap):");
            progress.lines(DemoLoginTable.lines(DemoUsers.all()));
            progress.line("  Admin " + keycloak.adminConsoleUrl() + " (Keycloak admin console; log in as "
                + keycloak.adminUsername() + " / " + keycloak.adminPassword() + ")");
        }, () -> progress.line("  Login tokens from " + identityProvider.issuerUrl()));
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run; nothing to undo
        }
    }

    private static Path ownLocation() {
        try {
            return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException unknown) {
            return Path.of("");
        }
    }
}
