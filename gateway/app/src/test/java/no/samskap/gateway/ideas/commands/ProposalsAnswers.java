package no.samskap.gateway.ideas.commands;

import no.samskap.gateway.ideas.commands.StandInProposals.Answer;

/** Bodies shaped like the proposals service's, with fields the gateway does not read left in on purpose. */
final class ProposalsAnswers {

    private ProposalsAnswers() {
    }

    static Answer idea(int status, String id, String ideaStatus, int supportCount) {
        return Answer.json(status, """
            {"id":"%s","municipality":"1833","authorId":"b7d0a4d2-0000-0000-0000-000000000001","title":"eSport-rom i kulturhuset",
             "body":"Et rom for gaming i det nye kulturhuset.","serviceArea":"kulturhus","status":"%s",
             "submittedAt":"2026-11-02T09:00:00Z","publishedAt":"2026-11-02T09:00:00Z","respondBy":null,"overdue":false,
             "answer":null,"supportCount":%d,"qualifiesForAssessment":false,"supportedByYou":false,"commentCount":0,
             "timeline":[]}""".formatted(id, ideaStatus, supportCount));
    }

    static Answer supportCount(int supportCount) {
        return Answer.json(200, "{\"supportCount\":" + supportCount + "}");
    }
}
