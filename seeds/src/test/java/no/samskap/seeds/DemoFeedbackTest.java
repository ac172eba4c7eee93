package no.samskap.seeds;

import no.samskap.contract.events.HostingUnits;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo feedback: within the feedback service's limits, about the completed demo events and every unit of both
 * municipalities, given by their own demo residents, some answered, one made into an idea with its author's consent.
 */
class DemoFeedbackTest {

    private static final List<DemoFeedback> DEMO = DemoIdeas.feedback();
    private static final Map<String, Set<String>> RESIDENTS = Map.of(
        "1833", Set.of("rana-resident", "rana-resident-2", "rana-association-admin"),
        "4618", Set.of("ullensvang-resident", "ullensvang-association-admin"));

    @Test
    void everyUnitOfBothMunicipalitiesHasFeedback() {
        for (var municipality : RESIDENTS.keySet()) {
            var units = DEMO.stream().filter(feedback -> feedback.municipality().equals(municipality)
                && !feedback.onEvent()).map(DemoFeedback::unit).collect(Collectors.toSet());
            assertTrue(units.containsAll(HostingUnits.ALL), municipality + ": " + units);
        }
    }

    @Test
    void eventFeedbackIsOnTheCompletedDemoEventsOfItsMunicipalityAndOnePerPersonAndEvent() {
        var completed = DemoIdeas.events().events().stream()
            .filter(event -> DemoEvents.COMPLETED.equals(event.status()))
            .collect(Collectors.toMap(DemoEvents.Event::title, DemoEvents.Event::municipality));
        var onEvents = DEMO.stream().filter(DemoFeedback::onEvent).toList();
        assertEquals(Set.copyOf(completed.keySet()), onEvents.stream().map(DemoFeedback::event)
            .collect(Collectors.toSet()), "feedback on each completed demo event");
        onEvents.forEach(feedback -> assertEquals(completed.get(feedback.event()), feedback.municipality(),
            feedback.about()));
        assertEquals(onEvents.size(), onEvents.stream().map(feedback -> feedback.event() + "/" + feedback.author())
            .distinct().count(), "one per person per event");
    }

    @Test
    void eventFeedbackIsGivenByThoseRecordedAsWalkingInAndSomeWhoCameGiveNone() {
        for (var event : DemoIdeas.events().events()) {
            if (!DemoEvents.COMPLETED.equals(event.status())) {
                continue;
            }
            var came = event.walkIns().stream().map(DemoEvents.WalkIn::person).collect(Collectors.toSet());
            var gave = DEMO.stream().filter(feedback -> event.title().equals(feedback.event()))
                .map(DemoFeedback::author).collect(Collectors.toSet());
            assertTrue(came.containsAll(gave), event.title() + ": " + gave + " came? " + came);
            assertTrue(RESIDENTS.get(event.municipality()).containsAll(came), event.title());
            if (event.municipality().equals("1833")) {
                assertTrue(gave.size() < came.size(), "someone at " + event.title() + " gives no feedback");
            }
        }
    }

    @Test
    void everyFeedbackIsWithinTheServicesLimitsAndGivenByADemoResidentOfItsMunicipality() {
        for (var feedback : DEMO) {
            assertTrue(feedback.onEvent() != (feedback.unit() != null), feedback.about());
            assertTrue(feedback.rating() >= 1 && feedback.rating() <= 5, feedback.about());
            assertTrue(feedback.text().length() <= 4_000, feedback.about());
            assertTrue(feedback.wishNext() == null || feedback.wishNext().length() <= 2_000, feedback.about());
            assertTrue(RESIDENTS.get(feedback.municipality()).contains(feedback.author()), feedback.about());
            assertTrue(feedback.answer() == null || !feedback.answer().text().isBlank(), feedback.about());
        }
    }

    @Test
    void eachMunicipalityAnswersSomePubliclyAndSomePrivatelyAndLeavesSomeWaiting() {
        for (var municipality : RESIDENTS.keySet()) {
            var theirs = DEMO.stream().filter(feedback -> feedback.municipality().equals(municipality)).toList();
            assertTrue(theirs.stream().anyMatch(feedback -> feedback.answer() != null && feedback.answer().isPublic()),
                municipality);
            assertTrue(theirs.stream().anyMatch(feedback -> feedback.answer() != null && !feedback.answer().isPublic()),
                municipality);
            assertTrue(theirs.stream().anyMatch(feedback -> feedback.answer() == null), municipality);
            assertTrue(theirs.stream().anyMatch(DemoFeedback::anonymous), municipality);
        }
    }

    @Test
    void oneFeedbackBecomesAnIdeaWithItsAuthorsConsentAndAWishForWhatComesNext() {
        var ideas = DEMO.stream().filter(feedback -> feedback.idea() != null).toList();

        assertEquals(1, ideas.size(), ideas.toString());
        var turned = ideas.get(0);
        assertTrue(turned.ideaConsent() && turned.wishNext() != null, turned.about());
        assertTrue(turned.idea().title().length() <= 140 && turned.idea().body().length() <= 5_000, turned.about());
        var areas = DemoIdeas.municipalities().stream()
            .filter(municipality -> municipality.municipality().equals(turned.municipality())).findFirst()
            .orElseThrow().serviceAreas();
        assertTrue(areas == null || areas.contains(turned.idea().serviceArea()), turned.idea().serviceArea());
    }
}
