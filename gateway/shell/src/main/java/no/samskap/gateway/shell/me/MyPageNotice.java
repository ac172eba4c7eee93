package no.samskap.gateway.shell.me;

/**
 * What "Min side" says after a form was sent: a confirmation (a text key), or a refused field with the key of its
 * error and the words the person typed, given back so nothing they wrote is lost. The page sums the error up at the
 * top and links it to the field; the section that owns the field shows it beside the field.
 */
public record MyPageNotice(String confirmationKey, String fieldId, String errorKey, String typedText) {

    public static final MyPageNotice NONE = new MyPageNotice(null, null, null, null);

    public static MyPageNotice confirmed(String key) {
        return new MyPageNotice(key, null, null, null);
    }

    public static MyPageNotice refused(String fieldId, String errorKey, String typedText) {
        return new MyPageNotice(null, fieldId, errorKey, typedText);
    }

    public boolean refuses(String field) {
        return field.equals(fieldId);
    }
}
