package no.samskap.seeds;

import java.util.List;

/**
 * An association's offer of help on a demo idea (found on the board by its title), made by its admin, accepted by
 * the municipality's staff when {@code accepted}, and the hours its members logged against it, approved by the admin
 * when {@code approved} ({@code daysAgo} before the load).
 */
public record DemoHelp(String association, String admin, String municipality, String idea, String kind, Double hours,
                       List<String> skills, String description, boolean accepted, List<Hours> hoursLogged) {

    public record Hours(String volunteer, int daysAgo, double hours, String role, String note, boolean approved) {
    }

    public DemoHelp {
        skills = skills == null ? List.of() : List.copyOf(skills);
        hoursLogged = hoursLogged == null ? List.of() : List.copyOf(hoursLogged);
    }
}
