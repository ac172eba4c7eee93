package no.samskap.launcher;

import no.samskap.runtime.keycloak.DemoUsers;
import no.samskap.runtime.keycloak.SamskapRealm;
import no.samskap.seeds.AssociationSeedLoader;
import no.samskap.seeds.AttestSeedLoader;
import no.samskap.seeds.DemoIdeas;
import no.samskap.seeds.EventSeedLoader;
import no.samskap.seeds.FeedbackSeedLoader;
import no.samskap.seeds.HelpRequestSeedLoader;
import no.samskap.seeds.HelpSeedLoader;
import no.samskap.seeds.MemberSeedLoader;
import no.samskap.seeds.SeedException;
import no.samskap.seeds.SeedLoader;
import no.samskap.seeds.VolunteerSeedLoader;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads the demo data (the municipalities' settings, their ideas, associations, members, volunteers, politiattest
 * sightings, offers of help and hours, requests for help, venues, events, registrations, walk-ins, shifts and room
 * bookings, feedback and its answers) through the services' public APIs once everything is up, signed in as the demo users of
 * the Keycloak the launcher started. A failure is reported but stops nothing: the platform works without demo data. {@code SAMSKAP_SEEDS=off}
 * leaves it out.
 */
final class DemoData {

    private DemoData() {
    }

    static void load(Platform platform, Progress progress, Map<String, String> environment) {
        var keycloak = platform.identityProvider().startedKeycloak();
        if ("off".equalsIgnoreCase(environment.getOrDefault("SAMSKAP_SEEDS", "")) || keycloak.isEmpty()) {
            return;
        }
        var step = progress.begin("Demo data");
        try {
            var today = LocalDate.now(ZoneId.of("Europe/Oslo"));
            var outcome = loader(platform, keycloak.get().baseUrl()).load(DemoIdeas.municipalities(), DemoIdeas.all(),
                today);
            var organisations = loadOrganisations(platform, keycloak.get().baseUrl(), today);
            var events = loadEvents(platform, keycloak.get().baseUrl(), today);
            var feedback = loadFeedback(platform, keycloak.get().baseUrl());
            step.done("ready", summaryOf(outcome) + ", " + organisations + ", " + events + ", " + feedback);
        } catch (SeedException e) {
            step.failed();
            progress.line("  The demo data could not be loaded (" + e.getMessage() + "); Samskap runs without them.");
        }
    }

    private static SeedLoader.Endpoints endpoints(Platform platform, String keycloakBaseUrl) {
        return new SeedLoader.Endpoints(tokenUrl(keycloakBaseUrl), SamskapRealm.TEST_CLIENT_ID,
            URI.create(baseUrlOf(platform, "proposals")), URI.create(baseUrlOf(platform, Deployables.ENTRY_POINT)));
    }

    private static SeedLoader loader(Platform platform, String keycloakBaseUrl) {
        return new SeedLoader(endpoints(platform, keycloakBaseUrl), username -> DemoUsers.named(username).password(),
            new SeedLoader.Officials(firstWithRole(SamskapRealm.STAFF), firstWithRole(SamskapRealm.ADMIN)));
    }

    private static AssociationSeedLoader associationLoader(Platform platform, String keycloakBaseUrl) {
        return new AssociationSeedLoader(tokenUrl(keycloakBaseUrl), SamskapRealm.TEST_CLIENT_ID,
            URI.create(baseUrlOf(platform, "organisations")), username -> DemoUsers.named(username).password(),
            firstWithRole(SamskapRealm.STAFF));
    }

    /**
     * In this order: officers, the people they saw and those who log hours must be members, those seen must have a
     * profile, and offers are made on the ideas loaded before.
     */
    private static String loadOrganisations(Platform platform, String keycloakBaseUrl, LocalDate today) {
        var tokenUrl = tokenUrl(keycloakBaseUrl);
        var organisations = URI.create(baseUrlOf(platform, "organisations"));
        Function<String, String> passwordOf = username -> DemoUsers.named(username).password();
        var associations = associationLoader(platform, keycloakBaseUrl).load(DemoIdeas.associations());
        var members = new MemberSeedLoader(tokenUrl, SamskapRealm.TEST_CLIENT_ID, organisations, passwordOf)
            .load(DemoIdeas.associations());
        var volunteers = new VolunteerSeedLoader(tokenUrl, SamskapRealm.TEST_CLIENT_ID, organisations, passwordOf)
            .load(DemoIdeas.volunteers());
        var attests = new AttestSeedLoader(tokenUrl, SamskapRealm.TEST_CLIENT_ID, organisations, passwordOf)
            .load(DemoIdeas.attests(), today);
        var help = new HelpSeedLoader(endpoints(platform, keycloakBaseUrl), organisations, passwordOf,
            firstWithRole(SamskapRealm.STAFF)).load(DemoIdeas.help(), today);
        var requests = new HelpRequestSeedLoader(endpoints(platform, keycloakBaseUrl), organisations, passwordOf)
            .load(DemoIdeas.helpRequests(), today);
        return associations.registered() + " associations registered, " + members.joined() + " members joined, "
            + volunteers.created() + " volunteer profiles, " + attests.sightingsRecorded() + " politiattest sightings, "
            + help.offered() + " offers of help, " + help.hoursLogged() + " hours logged, " + requests.posted()
            + " requests for help posted";
    }

    /** After the ideas, associations and sightings the events name. */
    private static String loadEvents(Platform platform, String keycloakBaseUrl, LocalDate today) {
        var outcome = new EventSeedLoader(endpoints(platform, keycloakBaseUrl), URI.create(baseUrlOf(platform,
            "events")), username -> DemoUsers.named(username).password(), firstWithRole(SamskapRealm.STAFF))
            .load(DemoIdeas.events(), today);
        return summaryOf(outcome);
    }

    /** After the events, whose completed ones get feedback from those who registered. */
    private static String loadFeedback(Platform platform, String keycloakBaseUrl) {
        var outcome = new FeedbackSeedLoader(endpoints(platform, keycloakBaseUrl), URI.create(baseUrlOf(platform,
            "feedback")), URI.create(baseUrlOf(platform, "events")), username -> DemoUsers.named(username).password(),
            firstWithRole(SamskapRealm.STAFF)).load(DemoIdeas.feedback());
        return summaryOf(outcome);
    }

    static String summaryOf(FeedbackSeedLoader.Outcome outcome) {
        var summary = outcome.given() + " feedback given, " + outcome.alreadyThere() + " already there, "
            + outcome.answered() + " answered, " + outcome.ideas() + " made into ideas";
        return outcome.leftOut().isEmpty() ? summary
            : summary + " (left out: " + String.join("; ", outcome.leftOut()) + ")";
    }

    static String summaryOf(EventSeedLoader.Outcome outcome) {
        var summary = outcome.venues() + " venues, " + outcome.events() + " events, " + outcome.registrations()
            + " registrations, " + outcome.walkIns() + " walk-ins, " + outcome.shifts() + " shifts with "
            + outcome.signUps() + " sign-ups, " + outcome.roomBookings() + " room bookings";
        return outcome.absent().isEmpty() ? summary : summary + " (left out: " + String.join(", ", outcome.absent())
            + ")";
    }

    private static URI tokenUrl(String keycloakBaseUrl) {
        return URI.create(keycloakBaseUrl + "/realms/" + SamskapRealm.NAME + "/protocol/openid-connect/token");
    }

    private static String summaryOf(SeedLoader.Outcome outcome) {
        return outcome.loaded() + " ideas loaded, " + outcome.alreadyThere() + " already there, settings set for "
            + outcome.settingsApplied() + " municipalities";
    }

    /** The first demo user of each municipality with the role. */
    private static Map<String, String> firstWithRole(String role) {
        return DemoUsers.all().stream().filter(user -> user.roles().contains(role))
            .collect(Collectors.toMap(DemoUsers.DemoUser::municipality, DemoUsers.DemoUser::username,
                (first, second) -> first));
    }

    private static String baseUrlOf(Platform platform, String name) {
        return platform.deployables().stream().filter(deployable -> deployable.name().equals(name)).findFirst()
            .orElseThrow(() -> new SeedException("no deployable named " + name)).baseUrl();
    }
}
