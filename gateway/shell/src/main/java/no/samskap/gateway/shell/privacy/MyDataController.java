package no.samskap.gateway.shell.privacy;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.shell.api.CallsAService;
import no.samskap.gateway.shell.signin.AccessTokens;
import no.samskap.gateway.shell.signin.SignedInSubject;

import java.util.Map;

/** The person's data as JSON: on the API, and as a file to save from "Min side". */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class MyDataController {

    static final String DOWNLOAD_PATH = "/meg/data.json";

    private final MyData data;
    private final AccessTokens accessTokens;

    MyDataController(MyData data, AccessTokens accessTokens) {
        this.data = data;
        this.accessTokens = accessTokens;
    }

    @CallsAService
    @Get("/api/me/data")
    @Produces(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Map<String, Object>> asJson(HttpRequest<?> request, Authentication authentication) {
        return HttpResponse.ok(dataOf(request, authentication)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get(DOWNLOAD_PATH)
    @Produces(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Map<String, Object>> asFile(HttpRequest<?> request, Authentication authentication) {
        return HttpResponse.ok(dataOf(request, authentication)).header(HttpHeaders.CACHE_CONTROL, "no-store")
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"samskap-mine-data.json\"");
    }

    private Map<String, Object> dataOf(HttpRequest<?> request, Authentication authentication) {
        return data.of(SignedInSubject.of(authentication), accessTokens.toRelay(request).orElse(null));
    }
}
