package no.samskap.seeds;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The demo ideas for Rana (1833) and Ullensvang (4618), from {@code seeds/demo-ideas.json}. */
public final class DemoIdeas {

    private static final String RESOURCE = "/seeds/demo-ideas.json";

    private DemoIdeas() {
    }

    public static List<DemoIdea> all() {
        try (var in = DemoIdeas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No demo ideas at " + RESOURCE);
            }
            return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(in, new TypeReference<List<DemoIdea>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
