package no.samskap.seeds;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The demo data for Rana (1833) and Ullensvang (4618): the municipalities' settings from
 * {@code seeds/demo-municipalities.json}, their ideas from {@code seeds/demo-ideas.json} and their associations from
 * {@code seeds/demo-associations.json}.
 */
public final class DemoIdeas {

    private static final String IDEAS = "/seeds/demo-ideas.json";
    private static final String MUNICIPALITIES = "/seeds/demo-municipalities.json";
    private static final String ASSOCIATIONS = "/seeds/demo-associations.json";
    private static final JsonMapper JSON = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private DemoIdeas() {
    }

    public static List<DemoIdea> all() {
        return read(IDEAS, new TypeReference<List<DemoIdea>>() { });
    }

    public static List<DemoMunicipality> municipalities() {
        return read(MUNICIPALITIES, new TypeReference<List<DemoMunicipality>>() { });
    }

    public static List<DemoAssociation> associations() {
        return read(ASSOCIATIONS, new TypeReference<List<DemoAssociation>>() { });
    }

    private static <T> T read(String resource, TypeReference<T> type) {
        try (var in = DemoIdeas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No demo data at " + resource);
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
