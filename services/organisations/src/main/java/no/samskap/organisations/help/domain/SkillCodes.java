package no.samskap.organisations.help.domain;

import no.samskap.contract.organisations.VolunteerCodes;
import no.samskap.organisations.associations.domain.Refusal;

import java.util.List;

/** Skills travel as the volunteer profiles' codes ({@code lyd-lys}, {@code kafe}, {@code instruktor}). */
public final class SkillCodes {

    public static final int MOST = 20;

    private SkillCodes() {
    }

    /** The codes without repeats, in the order given; a refusal naming {@code field} for an unknown code. */
    public static List<String> checked(String field, List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        if (codes.size() > MOST) {
            throw Refusal.invalid(field, "must hold at most " + MOST + " skills");
        }
        for (var code : codes) {
            if (!VolunteerCodes.SKILLS.contains(code)) {
                throw Refusal.invalid(field, "must be skill codes: " + String.join(", ", VolunteerCodes.SKILLS));
            }
        }
        return codes.stream().distinct().toList();
    }
}
