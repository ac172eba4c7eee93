package no.samskap.gateway.shell.privacy;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.services.ServiceNotAnswering;
import no.samskap.platform.privacy.PersonalDataParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything Samskap holds about a person in one document: each service's own export, as it answered, and the parts
 * the gateway keeps in its read models. A service that does not answer is named as missing rather than left out, so
 * the person can tell an incomplete download from an empty one.
 */
@Singleton
class MyData {

    private static final Logger LOG = LoggerFactory.getLogger(MyData.class);
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final List<ServicePersonalData> services;
    private final PersonalDataParts gateway;
    private final JsonMapper json;

    MyData(List<ServicePersonalData> services, PersonalDataParts gateway, JsonMapper json) {
        this.services = services;
        this.gateway = gateway;
        this.json = json;
    }

    Map<String, Object> of(String subjectId, String accessToken) {
        var byService = new LinkedHashMap<String, Object>();
        var missing = new ArrayList<String>();
        services.stream().sorted(Comparator.comparing(ServicePersonalData::service)).forEach(service -> {
            var parts = partsFrom(service, accessToken);
            if (parts == null) {
                missing.add(service.service());
            } else {
                byService.put(service.service(), parts);
            }
        });
        var document = new LinkedHashMap<String, Object>();
        document.put("subjectId", subjectId);
        document.put("services", byService);
        document.put("gateway", gateway.export(subjectId));
        document.put("servicesNotAnswering", missing);
        return document;
    }

    private Object partsFrom(ServicePersonalData service, String accessToken) {
        try {
            var answer = service.export(accessToken).block(PATIENCE);
            if (answer == null || !answer.succeeded()) {
                LOG.warn("The {} service refused the export of a person's data with {}.", service.service(),
                    answer == null ? "no answer" : answer.status());
                return null;
            }
            return json.readValue(answer.body(), Map.class).get("parts");
        } catch (ServiceNotAnswering | IOException | IllegalStateException failure) {
            LOG.warn("The {} service gave no export of a person's data: {}", service.service(), failure.getMessage());
            return null;
        }
    }
}
