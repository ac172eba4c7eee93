package no.samskap.seeds;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The demo data for Rana (1833) and Ullensvang (4618): the municipalities' settings from
 * {@code seeds/demo-municipalities.json}, their ideas from {@code seeds/demo-ideas.json}, their associations from
 * {@code seeds/demo-associations.json}, volunteer profiles from {@code seeds/demo-volunteers.json} and politiattest
 * officers and sightings from {@code seeds/demo-attests.json}, and offers of help and hours from
 * {@code seeds/demo-help.json}, requests for help from {@code seeds/demo-help-requests.json}, and venues, events,
 * registrations, shifts and room bookings from {@code seeds/demo-events.json}.
 */
public final class DemoIdeas {

    private static final String IDEAS = "/seeds/demo-ideas.json";
    private static final String MUNICIPALITIES = "/seeds/demo-municipalities.json";
    private static final String ASSOCIATIONS = "/seeds/demo-associations.json";
    private static final String VOLUNTEERS = "/seeds/demo-volunteers.json";
    private static final String ATTESTS = "/seeds/demo-attests.json";
    private static final String HELP = "/seeds/demo-help.json";
    private static final String HELP_REQUESTS = "/seeds/demo-help-requests.json";
    private static final String EVENTS = "/seeds/demo-events.json";
    private static final String FEEDBACK = "/seeds/demo-feedback.json";
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

    public static List<DemoVolunteer> volunteers() {
        return read(VOLUNTEERS, new TypeReference<List<DemoVolunteer>>() { });
    }

    public static List<DemoAttests> attests() {
        return read(ATTESTS, new TypeReference<List<DemoAttests>>() { });
    }

    public static List<DemoHelp> help() {
        return read(HELP, new TypeReference<List<DemoHelp>>() { });
    }

    public static List<DemoHelpRequest> helpRequests() {
        return read(HELP_REQUESTS, new TypeReference<List<DemoHelpRequest>>() { });
    }

    public static DemoEvents events() {
        return read(EVENTS, new TypeReference<DemoEvents>() { });
    }

    public static List<DemoFeedback> feedback() {
        return read(FEEDBACK, new TypeReference<List<DemoFeedback>>() { });
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
