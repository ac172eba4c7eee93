package no.samskap.seeds;

import java.util.List;

/**
 * One demo idea, what it is about and how far its life has come: held or refused by a moderator, supported and
 * discussed by residents, perhaps assessed (with a response date that many days ahead), answered, realised in a
 * cultural event, hidden by a moderator or withdrawn by its author. When {@code petitionSigners} is not empty, its
 * author made it an innbyggerforslag and they signed it.
 */
public record DemoIdea(String municipality, String author, String title, String body, String serviceArea,
                       List<String> strategicValues, List<String> targetGroups, String costModel, String place,
                       Moderation moderation, List<String> supporters, List<DemoComment> comments, Integer assessmentDays,
                       Answer answer, String realisedBy, boolean withdrawn, List<String> petitionSigners) {

    public record Answer(String outcome, String text) {
    }

    /**
     * What a moderator did beside the ordinary path: {@code waiting} leaves it unpublished for the staff's inbox,
     * {@code rejected} refuses it before publication, {@code hidden} hides it from the board after the rest of its
     * life; the reason is the moderator's, required for the last two.
     */
    public record Moderation(String decision, String reason) {

        public static final String WAITING = "waiting";
        public static final String REJECTED = "rejected";
        public static final String HIDDEN = "hidden";
    }

    /** A comment, from a resident or (official) from staff, with answers one level deep. */
    public record DemoComment(String author, String body, List<DemoComment> replies) {

        public DemoComment {
            replies = replies == null ? List.of() : List.copyOf(replies);
        }
    }

    public DemoIdea {
        strategicValues = strategicValues == null ? List.of() : List.copyOf(strategicValues);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        supporters = supporters == null ? List.of() : List.copyOf(supporters);
        comments = comments == null ? List.of() : List.copyOf(comments);
        petitionSigners = petitionSigners == null ? List.of() : List.copyOf(petitionSigners);
    }

    public DemoIdea(String municipality, String author, String title, String body, String serviceArea,
                    List<String> strategicValues, List<String> targetGroups, String costModel, String place,
                    Moderation moderation, List<String> supporters, List<DemoComment> comments, Integer assessmentDays,
                    Answer answer, String realisedBy, boolean withdrawn) {
        this(municipality, author, title, body, serviceArea, strategicValues, targetGroups, costModel, place, moderation,
            supporters, comments, assessmentDays, answer, realisedBy, withdrawn, null);
    }

    /** On the municipality's public board once loaded: neither held, refused nor hidden by a moderator. */
    public boolean endsOnTheBoard() {
        return moderation == null;
    }

    public boolean is(String moderationDecision) {
        return moderation != null && moderationDecision.equals(moderation.decision());
    }
}
