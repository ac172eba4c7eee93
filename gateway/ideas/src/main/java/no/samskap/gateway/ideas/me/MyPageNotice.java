package no.samskap.gateway.ideas.me;

/**
 * What the page says after a form was sent: a confirmation (a text key), or a refused appeal with the idea it was
 * about, the key of the error and the words the person typed, given back so nothing they wrote is lost.
 */
record MyPageNotice(String confirmationKey, String appealIdeaId, String appealErrorKey, String appealText) {

    static final MyPageNotice NONE = new MyPageNotice(null, null, null, null);

    static MyPageNotice confirmed(String key) {
        return new MyPageNotice(key, null, null, null);
    }

    static MyPageNotice appealRefused(String ideaId, String errorKey, String text) {
        return new MyPageNotice(null, ideaId, errorKey, text);
    }

    boolean refusedAppealOf(String ideaId) {
        return ideaId.equals(appealIdeaId);
    }
}
