package no.samskap.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Finds on the running gateway what the read scenarios ask for: an idea and an event of the demo data, and the
 * fingerprinted stylesheet a page links to.
 */
final class ReadTargets {

    static final String MUNICIPALITY = "1833";
    static final String BOARD_API = "/api/ideas?municipality=" + MUNICIPALITY;
    static final String BOARD_PAGE = "/kommuner/" + MUNICIPALITY + "/ideer";
    static final String EVENTS_API = "/api/events?municipality=" + MUNICIPALITY;
    static final String STAFF_INBOX_API = "/api/staff/inbox";
    static final String STAFF_INBOX_PAGE = "/stab/innboks";
    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern STYLESHEET = Pattern.compile("<link[^>]+href=\"(/assets/[^\"]+\\.css)\"");

    private static final int LOOK_UPS = 4;

    private final URI gateway;
    private final HttpClient http = HttpClient.newHttpClient();

    ReadTargets(URI gateway) {
        this.gateway = gateway;
    }

    String ideaPage() throws IOException, InterruptedException {
        return "/ideer/" + firstId(read(BOARD_API), "idea");
    }

    String eventPage() throws IOException, InterruptedException {
        return "/arrangementer/" + firstId(read(EVENTS_API), "event");
    }

    String stylesheet() throws IOException, InterruptedException {
        return stylesheetOf(read(BOARD_PAGE));
    }

    static String firstId(String json, String what) {
        var id = FIRST_ID.matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("No " + what + " in " + json.substring(0, Math.min(json.length(), 300)));
        }
        return id.group(1);
    }

    static String stylesheetOf(String page) {
        var link = STYLESHEET.matcher(page);
        if (!link.find()) {
            throw new IllegalStateException("The board page links to no stylesheet under /assets/");
        }
        return link.group(1);
    }

    /**
     * Right after a read scenario the platform can still be busy with the write scenario's backlog (one look-up ran
     * past 15 s after the idea page's run), so a look-up that times out is asked again, four times at most.
     */
    private String read(String path) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return readOnce(path);
            } catch (HttpTimeoutException timedOut) {
                if (attempt == LOOK_UPS) {
                    throw timedOut;
                }
            }
        }
    }

    private String readOnce(String path) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(15)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }
}
