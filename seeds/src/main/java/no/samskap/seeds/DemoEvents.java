package no.samskap.seeds;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The demo data of the events service: the municipalities' venues, their events (past and completed, upcoming and
 * published, or still a draft) with registrations, volunteer shifts and sign-ups, and the rooms associations book.
 * Days are counted from the day the data is loaded, so upcoming events stay upcoming; a past event on a fixed day of
 * the year ({@code lastDate}, such as {@code --06-23}) takes its latest occurrence before that day.
 */
public record DemoEvents(List<Venue> venues, List<Event> events, List<RoomBooking> roomBookings) {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";
    public static final String COMPLETED = "completed";

    public DemoEvents {
        venues = venues == null ? List.of() : List.copyOf(venues);
        events = events == null ? List.of() : List.copyOf(events);
        roomBookings = roomBookings == null ? List.of() : List.copyOf(roomBookings);
    }

    public record Venue(String municipality, String name, String address, Integer capacity,
                        List<String> accessibility, boolean lent) {

        public Venue {
            accessibility = accessibility == null ? List.of() : List.copyOf(accessibility);
        }
    }

    /**
     * {@code coHosts} are association names, {@code ideas} idea titles on the board, {@code venue} a venue name;
     * {@code fromIdea}: staff make it from its one accepted idea ({@code POST /ideas/{id}/event}), which carries the
     * idea's accepted offers of help over, then describe it as here. {@code walkIns}: people who came to an event that
     * took place without registering, recorded by staff before they complete it.
     */
    public record Event(String municipality, String title, String description, String hostingUnit,
                        List<String> coHosts, List<String> ideas, String venue, Integer inDays, String lastDate,
                        String startTime, String endTime, String audience, List<String> targetGroups,
                        Integer priceNok, Integer capacity, List<String> accessibility, String status,
                        List<Registration> registrations, List<Shift> shifts, boolean fromIdea,
                        List<WalkIn> walkIns) {

        public Event {
            coHosts = coHosts == null ? List.of() : List.copyOf(coHosts);
            ideas = ideas == null ? List.of() : List.copyOf(ideas);
            targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
            accessibility = accessibility == null ? List.of() : List.copyOf(accessibility);
            registrations = registrations == null ? List.of() : List.copyOf(registrations);
            shifts = shifts == null ? List.of() : List.copyOf(shifts);
            walkIns = walkIns == null ? List.of() : List.copyOf(walkIns);
        }

        public LocalDate day(LocalDate today) {
            if (lastDate == null) {
                return today.plusDays(inDays);
            }
            var date = MonthDay.parse(lastDate).atYear(today.getYear());
            return date.isBefore(today) ? date : date.minusYears(1);
        }

        public boolean past(LocalDate today) {
            return day(today).isBefore(today);
        }
    }

    /** A demo resident's registration, with the companions they bring and what they need to take part. */
    public record Registration(String person, int companions, Needs needs) {
    }

    public record Needs(List<String> codes, String note) {

        public Needs {
            codes = codes == null ? List.of() : List.copyOf(codes);
        }
    }

    /** A demo user who came to a past event without a registration, with the companions who came along. */
    public record WalkIn(String person, int companions) {
    }

    /** A shift on the event's day; times are Norwegian local times. */
    public record Shift(String role, String startTime, String endTime, int needed, Integer minimumAge,
                        boolean attestRequired, List<SignUp> signUps) {

        public Shift {
            signUps = signUps == null ? List.of() : List.copyOf(signUps);
        }
    }

    /** {@code association} names the association the volunteer signs up for, a verified one they belong to. */
    public record SignUp(String volunteer, String association, Integer birthYear, Boolean confirmsMinimumAge) {
    }

    /**
     * An association's application for a lent room, weekly ({@code weekday}, from and until so many days ahead) or
     * once ({@code inDays}); {@code approved} has the municipality's staff approve it, else it waits for them.
     */
    public record RoomBooking(String association, String admin, String venue, String purpose,
                              boolean childrenAndYouth, String weekday, String startTime, String endTime,
                              Integer fromDays, Integer untilDays, Integer inDays, boolean approved) {

        public boolean weekly() {
            return weekday != null;
        }
    }
}
