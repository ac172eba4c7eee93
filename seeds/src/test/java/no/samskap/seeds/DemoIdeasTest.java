package no.samskap.seeds;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo data itself: complete, valid for its municipality, and within what the proposals service accepts. */
class DemoIdeasTest {

    // The proposals service's limits (Idea, Comment, Classification, StrategicValue); seeds must not depend on it.
    private static final int TITLE_MIN = 5;
    private static final int TITLE_MAX = 120;
    private static final int BODY_MAX = 5000;
    private static final int ANSWER_MAX = 5000;
    private static final int REASON_MAX = 2000;
    private static final int COMMENT_MAX = 2000;
    private static final int PLACE_MAX = 120;
    private static final int CULTURAL_EVENT_ID_MAX = 100;
    private static final int STRATEGIC_VALUE_NAME_MAX = 80;
    private static final int STRATEGIC_VALUES_MAX = 20;
    private static final Set<String> SERVICE_AREAS =
        Set.of("bibliotek", "kulturskole", "kino", "fritid-ungdom", "kulturhus", "digital", "annet");
    private static final Set<String> TARGET_GROUPS = Set.of("barn", "ungdom", "voksne", "eldre", "alle");
    private static final Set<String> COST_MODELS = Set.of("for-alle", "for-noen");
    private static final Set<String> BOARD_STATUSES = Set.of("published", "under-assessment", "accepted", "not-possible",
        "already-exists", "realised", "withdrawn");
    /** Completing a demo event marks the ideas it names realised, as "municipality title". */
    private static final Set<String> REALISED_BY_DEMO_EVENTS = DemoIdeas.events().events().stream()
        .filter(event -> DemoEvents.COMPLETED.equals(event.status()))
        .flatMap(event -> event.ideas().stream().map(title -> event.municipality() + " " + title))
        .collect(Collectors.toSet());
    private static final Map<String, String> USER_PREFIX = Map.of("1833", "rana-", "4618", "ullensvang-");
    private static final Map<String, String> STAFF = Map.of("1833", "rana-staff", "4618", "ullensvang-staff");
    private static final Set<String> DEMO_USERS = Set.of("rana-resident", "rana-resident-2", "rana-association-admin",
        "rana-staff", "rana-admin", "ullensvang-resident", "ullensvang-association-admin", "ullensvang-staff",
        "ullensvang-admin");

    @Test
    void ranaAndUllensvangSetTheirPopulationsAndRanaHasAnInnbyggerforslagSignedByOthersOfItsResidents() {
        var populations = DemoIdeas.municipalities().stream()
            .collect(Collectors.toMap(DemoMunicipality::municipality, DemoMunicipality::population));
        assertEquals(26_000, populations.get("1833"));
        assertEquals(11_000, populations.get("4618"));
        var petitions = DemoIdeas.all().stream().filter(idea -> !idea.petitionSigners().isEmpty()).toList();
        assertEquals(1, petitions.size(), "one innbyggerforslag collecting signatures");
        var petition = petitions.get(0);
        assertEquals("1833", petition.municipality());
        assertTrue(petition.endsOnTheBoard() && petition.answer() == null && !petition.withdrawn(), petition.title());
        assertTrue(petition.petitionSigners().stream().allMatch(signer -> signer.startsWith("rana-")
            && !signer.equals(petition.author())), petition.petitionSigners().toString());
    }

    @Test
    void bothMunicipalitiesHaveAboutHalfOfTwentyTwoToTwentySixIdeas() {
        var ideas = DemoIdeas.all();
        var perMunicipality = ideas.stream().collect(Collectors.groupingBy(DemoIdea::municipality, Collectors.counting()));

        assertTrue(ideas.size() >= 22 && ideas.size() <= 26, "ideas: " + ideas.size());
        assertEquals(Set.of("1833", "4618"), perMunicipality.keySet());
        assertTrue(Math.abs(perMunicipality.get("1833") - perMunicipality.get("4618")) <= 2, perMunicipality.toString());
    }

    @Test
    void eachMunicipalityHasAnIdeaInEveryStatusOfTheBoardAndOneDueToday() {
        for (var municipality : List.of("1833", "4618")) {
            var ideas = ideasOf(municipality);
            assertEquals(BOARD_STATUSES, ideas.stream().filter(DemoIdea::endsOnTheBoard).map(DemoIdeasTest::finalStatus)
                .collect(Collectors.toSet()), municipality);
            assertTrue(ideas.stream().anyMatch(idea -> Integer.valueOf(0).equals(idea.assessmentDays())
                && idea.answer() == null), "an assessment due today, overdue from tomorrow, in " + municipality);
        }
    }

    @Test
    void preModeratedUllensvangHasAnIdeaWaitingAndOneRejectedWithAReason() {
        assertEquals("pre", municipality("4618").moderation());
        assertEquals("post", municipality("1833").moderation());
        var ullensvang = ideasOf("4618");

        assertTrue(ullensvang.stream().anyMatch(idea -> idea.is(DemoIdea.Moderation.WAITING)));
        assertTrue(ullensvang.stream().anyMatch(idea -> idea.is(DemoIdea.Moderation.REJECTED)
            && !idea.moderation().reason().isBlank()));
        assertTrue(ideasOf("1833").stream().noneMatch(idea -> idea.is(DemoIdea.Moderation.WAITING)
            || idea.is(DemoIdea.Moderation.REJECTED)), "Rana publishes at once, so nothing there can wait or be rejected");
    }

    @Test
    void aModeratorHidesAnIdeaWithAReason() {
        assertTrue(DemoIdeas.all().stream().anyMatch(idea -> idea.is(DemoIdea.Moderation.HIDDEN)
            && !idea.moderation().reason().isBlank()));
    }

    @Test
    void ideasThatNeverReachTheBoardHaveNoLifeOnItButAHiddenOneMayHaveHadSome() {
        for (var idea : DemoIdeas.all()) {
            if (idea.is(DemoIdea.Moderation.WAITING) || idea.is(DemoIdea.Moderation.REJECTED)) {
                assertTrue(idea.supporters().isEmpty() && idea.comments().isEmpty() && idea.assessmentDays() == null
                    && idea.answer() == null && idea.realisedBy() == null && !idea.withdrawn(), idea.title());
            }
            if (idea.moderation() != null) {
                assertTrue(Set.of("waiting", "rejected", "hidden").contains(idea.moderation().decision()), idea.title());
            }
        }
    }

    @Test
    void includesTheYouthIdeasTheMunicipalitiesAskedFor() {
        var ideas = DemoIdeas.all();
        var titles = ideas.stream().map(DemoIdea::title).toList();

        assertTrue(titles.contains("eSport-rom i det nye kulturhuset"));
        assertTrue(titles.contains("Karriereveiledning for kulturskoleelever som publiserer på YouTube og SoundCloud"));
        assertTrue(ideas.stream().filter(idea -> idea.targetGroups().contains("ungdom")).count() >= 6,
            "youth ideas in both municipalities");
    }

    @Test
    void everyClassificationCodeIsOneTheMunicipalityOffers() {
        for (var idea : DemoIdeas.all()) {
            var offered = municipality(idea.municipality()).strategicValues().stream()
                .map(DemoMunicipality.StrategicValue::code).collect(Collectors.toSet());
            assertTrue(SERVICE_AREAS.contains(idea.serviceArea()), idea.title());
            assertTrue(offered.containsAll(idea.strategicValues()), idea.title() + " " + idea.strategicValues());
            assertFalse(idea.targetGroups().isEmpty(), idea.title());
            assertTrue(TARGET_GROUPS.containsAll(idea.targetGroups()), idea.title() + " " + idea.targetGroups());
            assertTrue(COST_MODELS.contains(idea.costModel()), idea.title());
            assertNotNull(idea.place(), idea.title());
            if (idea.endsOnTheBoard()) {
                assertFalse(idea.strategicValues().isEmpty(), "a culture idea serves the plan: " + idea.title());
            }
        }
    }

    @Test
    void theMunicipalitiesHaveAPlansStrategicValuesWithinTheServicesLimits() {
        assertEquals(Set.of("1833", "4618"), DemoIdeas.municipalities().stream().map(DemoMunicipality::municipality)
            .collect(Collectors.toSet()));
        for (var municipality : DemoIdeas.municipalities()) {
            var values = municipality.strategicValues();
            assertTrue(values.size() >= 4 && values.size() <= STRATEGIC_VALUES_MAX, municipality.municipality());
            assertEquals(values.size(), values.stream().map(DemoMunicipality.StrategicValue::code).distinct().count());
            values.forEach(value -> {
                assertTrue(value.code().matches("[a-z0-9-]{1,40}"), value.code());
                for (var name : List.of(value.names().nb(), value.names().nn(), value.names().en())) {
                    assertTrue(length(name) >= 1 && length(name) <= STRATEGIC_VALUE_NAME_MAX, value.code() + ": " + name);
                }
            });
            assertNull(municipality.serviceAreas(), "every service area offered");
            assertTrue(municipality.name() != null && !municipality.name().isBlank(), municipality.municipality());
        }
    }

    @Test
    void mostPublicIdeasAreDiscussedWithRepliesAndOfficialStaffComments() {
        var onBoard = DemoIdeas.all().stream().filter(DemoIdea::endsOnTheBoard).toList();
        var discussed = onBoard.stream().filter(idea -> !idea.comments().isEmpty()).count();

        assertTrue(discussed * 4 >= onBoard.size() * 3, discussed + " of " + onBoard.size() + " discussed");
        for (var municipality : List.of("1833", "4618")) {
            var comments = ideasOf(municipality).stream().flatMap(idea -> idea.comments().stream()).toList();
            assertTrue(comments.stream().anyMatch(comment -> !comment.replies().isEmpty()), "replies in " + municipality);
            assertTrue(comments.stream().anyMatch(comment -> comment.author().equals(STAFF.get(municipality))),
                "official comments in " + municipality);
        }
    }

    @Test
    void threadsAreOneLevelDeepAndWrittenByPeopleOfTheIdeasMunicipality() {
        for (var idea : DemoIdeas.all()) {
            for (var comment : idea.comments()) {
                assertTrue(comment.replies().stream().allMatch(reply -> reply.replies().isEmpty()), idea.title());
                Stream.concat(Stream.of(comment), comment.replies().stream()).forEach(written -> {
                    assertTrue(DEMO_USERS.contains(written.author()), written.author());
                    assertTrue(written.author().startsWith(USER_PREFIX.get(idea.municipality())), idea.title());
                });
            }
        }
    }

    @Test
    void everyTextIsWithinTheServicesLimits() {
        for (var idea : DemoIdeas.all()) {
            assertTrue(length(idea.title()) >= TITLE_MIN && length(idea.title()) <= TITLE_MAX, idea.title());
            assertTrue(length(idea.body()) >= 1 && length(idea.body()) <= BODY_MAX, idea.title());
            assertTrue(length(idea.place()) >= 1 && length(idea.place()) <= PLACE_MAX, idea.title());
            if (idea.answer() != null) {
                assertTrue(length(idea.answer().text()) >= 1 && length(idea.answer().text()) <= ANSWER_MAX, idea.title());
            }
            if (idea.moderation() != null && idea.moderation().reason() != null) {
                assertTrue(length(idea.moderation().reason()) <= REASON_MAX, idea.title());
            }
            if (idea.realisedBy() != null) {
                assertTrue(length(idea.realisedBy()) <= CULTURAL_EVENT_ID_MAX, idea.title());
                assertEquals("accepted", idea.answer().outcome(), "only an accepted idea is realised: " + idea.title());
            }
            allComments(idea).forEach(comment ->
                assertTrue(length(comment.body()) >= 1 && length(comment.body()) <= COMMENT_MAX, comment.body()));
        }
    }

    @Test
    void noPlaceholderText() {
        var texts = new ArrayList<String>();
        for (var idea : DemoIdeas.all()) {
            texts.addAll(List.of(idea.title(), idea.body(), idea.place()));
            if (idea.answer() != null) {
                texts.add(idea.answer().text());
            }
            allComments(idea).forEach(comment -> texts.add(comment.body()));
        }
        Predicate<String> placeholder = text -> Stream.of("lorem", "ipsum", "todo", "xxx", "test")
            .anyMatch(word -> text.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + word + "\\b.*"));

        assertEquals(List.of(), texts.stream().filter(placeholder).toList());
    }

    @Test
    void peopleActWithinTheirOwnMunicipalityAndNoAuthorSupportsTheirOwnIdea() {
        var seen = new HashSet<String>();
        for (var idea : DemoIdeas.all()) {
            var prefix = USER_PREFIX.get(idea.municipality());
            assertTrue(idea.author().startsWith(prefix) && DEMO_USERS.contains(idea.author()), idea.title());
            assertFalse(idea.author().equals(STAFF.get(idea.municipality())), "residents write ideas: " + idea.title());
            assertFalse(idea.supporters().contains(idea.author()), idea.title());
            assertEquals(idea.supporters().size(), Set.copyOf(idea.supporters()).size(), idea.title());
            assertTrue(seen.add(idea.municipality() + idea.title()), idea.title());
            assertTrue(idea.supporters().stream().allMatch(user -> user.startsWith(prefix) && !user.endsWith("staff")
                    && !user.endsWith("-admin") || user.endsWith("association-admin")),
                "supporters are residents of the idea's municipality: " + idea.title());
        }
    }

    private static List<DemoIdea> ideasOf(String municipality) {
        return DemoIdeas.all().stream().filter(idea -> idea.municipality().equals(municipality)).toList();
    }

    private static DemoMunicipality municipality(String number) {
        return DemoIdeas.municipalities().stream().filter(municipality -> municipality.municipality().equals(number))
            .findFirst().orElseThrow();
    }

    private static Stream<DemoIdea.DemoComment> allComments(DemoIdea idea) {
        return idea.comments().stream().flatMap(comment -> Stream.concat(Stream.of(comment), comment.replies().stream()));
    }

    private static int length(String text) {
        var clean = text.strip();
        return clean.codePointCount(0, clean.length());
    }

    private static String finalStatus(DemoIdea idea) {
        if (idea.withdrawn()) {
            return "withdrawn";
        }
        if (idea.realisedBy() != null || REALISED_BY_DEMO_EVENTS.contains(idea.municipality() + " " + idea.title())) {
            return "realised";
        }
        if (idea.answer() != null) {
            return idea.answer().outcome();
        }
        return idea.assessmentDays() != null ? "under-assessment" : "published";
    }
}
