package no.samskap.organisations.enhetsregisteret;

import jakarta.inject.Singleton;
import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.associations.application.Register;
import no.samskap.organisations.associations.domain.RegisterFacts;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Enhetsregisteret's open API at data.brreg.no (no login). Statuses with a meaning become facts (404 not found, 410
 * removed); anything else, a timeout or an answer it cannot read is {@link Register.RegisterUnavailable}.
 */
@Singleton
final class HttpRegister implements Register {

    private static final String ENTITIES = "/enhetsregisteret/api/enheter/";
    private static final String ENTITY_UPDATES = "/enhetsregisteret/api/oppdateringer/enheter";
    private static final DateTimeFormatter FEED_TIME =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final int OK = 200;
    private static final int NOT_FOUND = 404;
    private static final int GONE = 410;

    private final EnhetsregisteretSettings settings;
    private final Clock clock;
    private final HttpClient http;

    HttpRegister(EnhetsregisteretSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    }

    @Override
    public RegisterFacts lookUp(OrganisationNumber number) {
        var answer = get(ENTITIES + number.value());
        var checkedAt = clock.instant();
        return switch (answer.statusCode()) {
            case OK -> EntityAnswer.found(answer.body(), number, checkedAt);
            case NOT_FOUND -> RegisterFacts.notFound(checkedAt);
            case GONE -> EntityAnswer.removed(answer.body(), checkedAt);
            default -> throw failed(answer);
        };
    }

    @Override
    public List<BoardRole> rolesOf(OrganisationNumber number) {
        var answer = get(ENTITIES + number.value() + "/roller");
        return switch (answer.statusCode()) {
            case OK -> RolesAnswer.roles(answer.body());
            case NOT_FOUND, GONE -> List.of();
            default -> throw failed(answer);
        };
    }

    @Override
    public List<RegisterUpdate> updatesAfter(long afterUpdateId, int size) {
        return updates("oppdateringsid=" + (afterUpdateId + 1) + "&size=" + size);
    }

    @Override
    public List<RegisterUpdate> updatesSince(Instant time, int size) {
        return updates("dato=" + URLEncoder.encode(FEED_TIME.format(time), StandardCharsets.UTF_8) + "&size=" + size);
    }

    private List<RegisterUpdate> updates(String query) {
        var answer = get(ENTITY_UPDATES + "?" + query);
        if (answer.statusCode() != OK) {
            throw failed(answer);
        }
        return UpdatesAnswer.updates(answer.body());
    }

    private HttpResponse<byte[]> get(String pathAndQuery) {
        var uri = URI.create(settings.url().toString().replaceAll("/+$", "") + pathAndQuery);
        var request = HttpRequest.newBuilder(uri).GET().timeout(settings.requestTimeout())
            .header("Accept", "application/json").build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException unreachable) {
            throw new RegisterUnavailable("Enhetsregisteret did not answer GET " + uri + ": " + unreachable, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RegisterUnavailable("Interrupted while waiting for Enhetsregisteret at " + uri, interrupted);
        }
    }

    private static RegisterUnavailable failed(HttpResponse<byte[]> answer) {
        return new RegisterUnavailable("Enhetsregisteret answered " + answer.statusCode() + " to GET "
            + answer.uri(), null);
    }
}
