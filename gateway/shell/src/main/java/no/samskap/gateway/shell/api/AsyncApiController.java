package no.samskap.gateway.shell.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import no.samskap.contract.AsyncApiDocument;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.Map;

/** Serves the AsyncAPI description of every topic and message type beside the OpenAPI document (ADR 0057). */
@Controller("/asyncapi/samskap-1.yml")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
final class AsyncApiController {

    private final String yaml;

    AsyncApiController() {
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        this.yaml = new Yaml(options).dump(new ObjectMapper().convertValue(AsyncApiDocument.describe(), Map.class));
    }

    @Get
    HttpResponse<String> document() {
        return HttpResponse.ok(yaml).contentType("application/yaml");
    }
}
