package no.samskap.gateway.ideas.staff;

import java.util.List;

/** When the answer to an idea under assessment is due: past its date, within a week, or later. */
enum Due {

    OVERDUE, SOON, LATER;

    static final int SOON_DAYS = 7;

    List<Inbox.IdeaToAnswer> of(List<Inbox.IdeaToAnswer> underAssessment) {
        return underAssessment.stream().filter(idea -> of(idea.daysLeft()) == this).toList();
    }

    private static Due of(long daysLeft) {
        if (daysLeft < 0) {
            return OVERDUE;
        }
        return daysLeft <= SOON_DAYS ? SOON : LATER;
    }
}
