package no.samskap.seeds;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoIdeasTest {

    @Test
    void coversBothMunicipalitiesAndEveryPublicStatus() {
        var ideas = DemoIdeas.all();
        var statuses = ideas.stream().map(DemoIdeasTest::finalStatus).collect(Collectors.toSet());

        assertEquals(Set.of("1833", "4618"), ideas.stream().map(DemoIdea::municipality).collect(Collectors.toSet()));
        assertEquals(Set.of("published", "under-assessment", "accepted", "not-possible", "already-exists", "realised",
            "withdrawn"), statuses);
    }

    @Test
    void includesTheYouthIdeasTheMunicipalitiesAskedFor() {
        var titles = DemoIdeas.all().stream().map(DemoIdea::title).toList();

        assertTrue(titles.contains("eSport-rom i det nye kulturhuset"));
        assertTrue(titles.stream().anyMatch(title -> title.contains("YouTube") && title.contains("SoundCloud")));
    }

    @Test
    void noAuthorSupportsTheirOwnIdeaAndTitlesAreUniquePerMunicipality() {
        var seen = new HashSet<String>();
        for (var idea : DemoIdeas.all()) {
            assertFalse(idea.supporters().contains(idea.author()), idea.title());
            assertTrue(seen.add(idea.municipality() + idea.title()), idea.title());
            assertTrue(idea.supporters().stream().allMatch(user -> user.startsWith(prefixOf(idea.municipality()))),
                "supporters live in the idea's municipality: " + idea.title());
        }
    }

    private static String prefixOf(String municipality) {
        return municipality.equals("1833") ? "rana-" : "ullensvang-";
    }

    private static String finalStatus(DemoIdea idea) {
        if (idea.withdrawn()) {
            return "withdrawn";
        }
        if (idea.realisedBy() != null) {
            return "realised";
        }
        if (idea.answer() != null) {
            return idea.answer().outcome();
        }
        return idea.assessmentDays() != null ? "under-assessment" : "published";
    }
}
