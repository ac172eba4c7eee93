package no.samskap.gateway.ideas.me;

import java.util.List;

/** What the person's own page lists, all read for that person alone. */
record MyPageContent(List<MyPageRows.MyIdea> ideas, List<MyPageRows.MyComment> moderatedComments,
                     List<MyPageRows.IdeaLink> supports, List<MyPageRows.IdeaLink> follows) {

    static MyPageContent empty() {
        return new MyPageContent(List.of(), List.of(), List.of(), List.of());
    }

    static MyPageContent of(MyPageRows rows, String personId) {
        return new MyPageContent(rows.ideasOf(personId), rows.moderatedCommentsOf(personId), rows.supportsOf(personId),
            rows.followsOf(personId));
    }
}
