package no.samskap.organisations.help.domain;

import no.samskap.organisations.associations.domain.Refusal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Skills travel as short codes ({@code lyd-lys}, {@code kafe}, {@code instruktor}); the gateway words them. The
 * volunteer profiles own the list of codes, so here only their shape is checked.
 */
public final class SkillCodes {

    public static final int MOST = 20;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private SkillCodes() {
    }

    /** The codes without repeats, in the order given; a refusal naming {@code field} for a code of the wrong shape. */
    public static List<String> checked(String field, List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        if (codes.size() > MOST) {
            throw Refusal.invalid(field, "must hold at most " + MOST + " skills");
        }
        for (var code : codes) {
            if (code == null || !CODE.matcher(code).matches()) {
                throw Refusal.invalid(field, "must be skill codes of lower-case letters, digits and hyphens");
            }
        }
        return codes.stream().distinct().toList();
    }
}
