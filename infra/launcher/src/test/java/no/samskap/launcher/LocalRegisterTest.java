package no.samskap.launcher;

import no.samskap.seeds.DemoIdeas;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalRegisterTest {

    private static final Progress QUIET = new Progress(new PrintStream(OutputStream.nullOutputStream()), System::nanoTime);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answersForTheDemoAssociationsInTheRegistersShapeAndNotFoundForOthers() throws Exception {
        var started = new StartedParts(QUIET);
        var register = new LocalRegister(Map.of(), QUIET, started, DemoIdeas.associations());
        var url = register.start(new PortSettings(Map.of())).get("SAMSKAP_ENHETSREGISTERET_URL");
        try {
            var demo = DemoIdeas.associations().get(0);
            var entity = get(url + "/enhetsregisteret/api/enheter/" + demo.organisationNumber());
            var roles = get(url + "/enhetsregisteret/api/enheter/" + demo.organisationNumber() + "/roller");
            var unknown = get(url + "/enhetsregisteret/api/enheter/974760673");

            assertEquals(200, entity.statusCode());
            assertTrue(entity.body().contains("\"organisasjonsnummer\":\"" + demo.organisationNumber() + "\""));
            assertTrue(roles.body().contains("Styrets leder"), roles.body());
            assertEquals(404, unknown.statusCode());
        } finally {
            started.stopAll();
        }
    }

    @Test
    void staysOutWhenTheRealRegisterIsChosen() {
        var register = new LocalRegister(Map.of("SAMSKAP_ENHETSREGISTERET_URL", "https://data.brreg.no"), QUIET,
            new StartedParts(QUIET), DemoIdeas.associations());

        assertEquals(Map.of(), register.start(new PortSettings(Map.of())));
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
