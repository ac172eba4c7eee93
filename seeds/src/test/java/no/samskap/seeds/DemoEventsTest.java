package no.samskap.seeds;

import no.samskap.contract.events.AccessibilityFacts;
import no.samskap.contract.events.Audiences;
import no.samskap.contract.events.HostingUnits;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo events: within the events service's codes and limits, consistent with the demo ideas, associations,
 * members and politiattest sightings, and telling the story the walk-through needs whatever day they are loaded.
 */
class DemoEventsTest {

    private static final Set<String> UNITS = Set.copyOf(HostingUnits.ALL);
    private static final Set<String> AUDIENCES = Set.copyOf(Audiences.ALL);
    private static final Set<String> FACTS = Set.copyOf(AccessibilityFacts.ALL);
    // The events service's AccessibilityNeeds.CODES, which the contract does not carry (needs never leave the service).
    private static final Set<String> NEEDS = Set.of("wheelchair-space", "companion-seat", "sign-language",
        "hearing-loop", "step-free-seat", "quiet-space");
    private static final DemoEvents DEMO = DemoIdeas.events();

    @Test
    void eachMunicipalityHasACompletedEventRealisingAnIdeaUpcomingPublishedOnesAndALentVenue() {
        for (var municipality : List.of("1833", "4618")) {
            var events = eventsOf(municipality);
            assertTrue(events.stream().anyMatch(event -> DemoEvents.COMPLETED.equals(event.status())
                && !event.ideas().isEmpty()), municipality);
            assertTrue(events.stream().filter(event -> DemoEvents.PUBLISHED.equals(event.status())).count() >= 2,
                municipality);
            assertTrue(DEMO.venues().stream().anyMatch(venue -> venue.municipality().equals(municipality)
                && venue.lent()), "a venue lent to associations in " + municipality);
        }
        assertTrue(eventsOf("1833").stream().anyMatch(event -> DemoEvents.DRAFT.equals(event.status())),
            "staff have a draft on their planning page");
        var titles = DEMO.events().stream().map(DemoEvents.Event::title).toList();
        assertTrue(titles.containsAll(List.of("eSport-kveld for ungdom", "Julekonsert med kulturskolen",
            "Lesestund: forfatterbesøk på biblioteket")), titles.toString());
    }

    @Test
    void eventsMadeFromAnIdeaComeFromOneAcceptedIdeaWhoseAcceptedOffersBringTheirCoHosts() {
        var fromIdeas = DEMO.events().stream().filter(DemoEvents.Event::fromIdea).toList();
        assertTrue(fromIdeas.stream().anyMatch(event -> DemoEvents.COMPLETED.equals(event.status())),
            "a completed one marks its idea realised");
        for (var event : fromIdeas) {
            assertEquals(1, event.ideas().size(), event.title());
            var idea = DemoIdeas.all().stream().filter(candidate -> candidate.municipality().equals(event.municipality())
                && candidate.title().equals(event.ideas().get(0))).findFirst().orElseThrow();
            assertTrue(idea.answer() != null && "accepted".equals(idea.answer().outcome()) && idea.realisedBy() == null
                && !idea.withdrawn(), "the events service makes an event only from an accepted idea: " + idea.title());
            var offering = DemoIdeas.help().stream().filter(offer -> offer.accepted()
                && offer.municipality().equals(event.municipality()) && offer.idea().equals(idea.title()))
                .map(DemoHelp::association).collect(Collectors.toSet());
            assertFalse(offering.isEmpty(), "offers of help to carry over to " + event.title());
            assertEquals(offering, Set.copyOf(event.coHosts()), "the co-hosts are those whose offers were accepted: "
                + event.title());
        }
    }

    @Test
    void pastEventsAreCompletedWithoutPeopleAndUpcomingOnesStayUpcomingWhateverTheDay() {
        for (var offset = 0; offset < 366; offset += 17) {
            var today = LocalDate.parse("2026-12-06").plusDays(offset);
            for (var event : DEMO.events()) {
                var past = event.past(today);
                assertEquals(DemoEvents.COMPLETED.equals(event.status()), past, event.title() + " on " + today);
                if (past) {
                    assertTrue(event.registrations().isEmpty() && event.shifts().isEmpty(), event.title());
                    assertTrue(event.day(today).isAfter(today.minusYears(1)), event.title());
                }
            }
        }
    }

    @Test
    void everyCodeIsTheServicesAndEveryTimeFitsItsEvent() {
        var venues = DEMO.venues().stream().map(DemoEvents.Venue::name).collect(Collectors.toSet());
        DEMO.venues().forEach(venue -> assertTrue(FACTS.containsAll(venue.accessibility()), venue.name()));
        for (var event : DEMO.events()) {
            assertTrue(UNITS.contains(event.hostingUnit()) && AUDIENCES.contains(event.audience()), event.title());
            assertTrue(FACTS.containsAll(event.accessibility()), event.title());
            assertTrue(event.venue() == null || venues.contains(event.venue()), event.title());
            assertTrue(event.title().length() <= 140 && event.description().length() <= 5_000, event.title());
            assertTrue(time(event.endTime()).isAfter(time(event.startTime())), event.title());
            for (var shift : event.shifts()) {
                assertTrue(time(shift.endTime()).isAfter(time(shift.startTime())), shift.role());
                assertTrue(shift.signUps().size() <= shift.needed(), "everyone signed up has a place: " + shift.role());
            }
            for (var registration : event.registrations()) {
                assertTrue(registration.companions() >= 0 && registration.companions() <= 9, event.title());
                assertTrue(registration.needs() == null || NEEDS.containsAll(registration.needs().codes())
                    && registration.needs().note().length() <= 300, event.title());
            }
        }
    }

    @Test
    void coHostsAreVerifiedAssociationsOfTheMunicipalityAndIdeasReachItsBoard() {
        for (var event : DEMO.events()) {
            event.coHosts().forEach(name -> assertTrue(association(name).verified()
                && association(name).municipality().equals(event.municipality()), name));
            var onBoard = DemoIdeas.all().stream().filter(idea -> idea.municipality().equals(event.municipality())
                && idea.endsOnTheBoard() && !idea.withdrawn()).map(DemoIdea::title).collect(Collectors.toSet());
            assertTrue(onBoard.containsAll(event.ideas()), event.title());
        }
    }

    @Test
    void residentsOfTheMunicipalityRegisterAndASmallEventHasAWaitlist() {
        for (var event : DEMO.events()) {
            var residents = residentsOf(event.municipality());
            var people = event.registrations().stream().map(DemoEvents.Registration::person).toList();
            assertTrue(residents.containsAll(people), event.title() + ": " + people);
            assertEquals(people.size(), new HashSet<>(people).size(), "one registration each: " + event.title());
        }
        assertTrue(DEMO.events().stream().anyMatch(event -> event.capacity() != null && seats(event) > event.capacity()
            && seatsBeforeTheLast(event) <= event.capacity()), "the last registrant of a small event waits");
        assertTrue(DEMO.events().stream().flatMap(event -> event.registrations().stream())
            .anyMatch(registration -> registration.companions() > 0 && registration.needs() != null));
        assertTrue(residentsOf("1833").stream().filter(person -> DEMO.events().stream()
            .anyMatch(event -> event.registrations().stream().anyMatch(r -> r.person().equals(person))))
            .count() >= 3, "several residents register in Rana");
    }

    @Test
    void aShiftThatNeedsAPolitiattestIsTakenBySomeoneWithASightingAndMembersSignUpForTheirAssociation() {
        var sighted = DemoIdeas.attests().stream().flatMap(attests -> attests.sightings().stream())
            .map(DemoAttests.Sighting::volunteer).collect(Collectors.toSet());
        var attestShifts = DEMO.events().stream().flatMap(event -> event.shifts().stream())
            .filter(DemoEvents.Shift::attestRequired).toList();
        assertFalse(attestShifts.isEmpty());
        attestShifts.forEach(shift -> shift.signUps().forEach(signUp -> assertTrue(sighted.contains(
            signUp.volunteer()), signUp.volunteer() + " on " + shift.role())));
        for (var event : DEMO.events()) {
            for (var shift : event.shifts()) {
                assertTrue(shift.minimumAge() == null || shift.signUps().stream().allMatch(signUp ->
                    Boolean.TRUE.equals(signUp.confirmsMinimumAge()) || signUp.birthYear() != null), shift.role());
                shift.signUps().stream().filter(signUp -> signUp.association() != null).forEach(signUp -> {
                    var association = association(signUp.association());
                    assertTrue(association.verified() && association.members().contains(signUp.volunteer())
                        || association.admin().equals(signUp.volunteer()), signUp.volunteer());
                });
            }
        }
    }

    @Test
    void roomBookingsAreByTheAdminsOfVerifiedAssociationsInLentVenuesAndNeverClashWithTheEvents() {
        for (var booking : DEMO.roomBookings()) {
            var association = association(booking.association());
            assertEquals(association.admin(), booking.admin(), booking.association());
            assertTrue(association.verified(), booking.association());
            assertTrue(DEMO.venues().stream().anyMatch(venue -> venue.name().equals(booking.venue()) && venue.lent()
                && venue.municipality().equals(association.municipality())), booking.venue());
        }
        assertTrue(DEMO.roomBookings().stream().anyMatch(DemoEvents.RoomBooking::approved));
        assertTrue(DEMO.roomBookings().stream().anyMatch(booking -> !booking.approved()), "staff have one to decide");
        for (var offset = 0; offset < 7; offset++) {
            var today = LocalDate.parse("2026-12-06").plusDays(offset);
            for (var event : DEMO.events()) {
                for (var booking : DEMO.roomBookings()) {
                    if (booking.venue().equals(event.venue()) && !DemoEvents.DRAFT.equals(event.status())) {
                        assertFalse(clash(event, booking, today), event.title() + " and " + booking.association());
                    }
                }
            }
        }
    }

    private static boolean clash(DemoEvents.Event event, DemoEvents.RoomBooking booking, LocalDate today) {
        var day = event.day(today);
        var sameDay = booking.weekly() ? day.getDayOfWeek() == DayOfWeek.valueOf(booking.weekday()
            .toUpperCase(Locale.ROOT)) && !day.isBefore(today.plusDays(booking.fromDays()))
            && !day.isAfter(today.plusDays(booking.untilDays())) : day.equals(today.plusDays(booking.inDays()));
        return sameDay && time(booking.startTime()).isBefore(time(event.endTime()))
            && time(event.startTime()).isBefore(time(booking.endTime()));
    }

    private static int seats(DemoEvents.Event event) {
        return event.registrations().stream().mapToInt(registration -> registration.companions() + 1).sum();
    }

    private static int seatsBeforeTheLast(DemoEvents.Event event) {
        var last = event.registrations().get(event.registrations().size() - 1);
        return seats(event) - last.companions() - 1;
    }

    private static Set<String> residentsOf(String municipality) {
        return DemoIdeas.associations().stream().filter(association -> association.municipality().equals(municipality))
            .flatMap(association -> Stream.concat(Stream.of(association.admin()), association.members().stream()))
            .collect(Collectors.toSet());
    }

    private static DemoAssociation association(String name) {
        return DemoIdeas.associations().stream().filter(candidate -> candidate.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no demo association " + name));
    }

    private static List<DemoEvents.Event> eventsOf(String municipality) {
        return DEMO.events().stream().filter(event -> event.municipality().equals(municipality)).toList();
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }
}
