package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every refusal the proposals service gives the writes of the ideas pages, as it words them (its domain's refusals,
 * its request validation, the platform's strict JSON and the gateway's own for a service that is down or a sign-in
 * that ran out), and a way to find English in a page: a word of these refusals or of the English texts that no
 * Norwegian text uses.
 */
final class ServiceRefusals {

    /** One refusal: its status, its problem type's last part, its detail, and the fields it names with messages. */
    record Refused(int status, String type, String detail, List<String[]> errors) {

        String json() {
            var fields = new ArrayList<String>();
            errors.forEach(error -> fields.add("{\"field\":\"" + error[0] + "\",\"message\":\"" + quoted(error[1]) + "\"}"));
            return "{\"type\":\"https://samskap.no/problems/" + type + "\",\"title\":\"Refused\",\"status\":" + status
                + ",\"detail\":\"" + quoted(detail) + "\",\"errors\":[" + String.join(",", fields) + "]}";
        }

        /** What the service said, for the check that none of it reaches a page. */
        List<String> words() {
            var all = new ArrayList<String>();
            all.add(detail);
            errors.forEach(error -> all.add(error[1]));
            return all;
        }

        private static String quoted(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }

    static final List<Refused> ALL = List.of(
        field("title", "must be between 5 and 120 characters, was 3"),
        field("title", "must not be blank"),
        field("body", "must be between 1 and 5000 characters, was 0"),
        field("body", "must not contain a NUL character (\\u0000)"),
        field("serviceArea", "unknown service area 'xyz'; this municipality offers bibliotek, kino"),
        field("strategicValues", "unknown strategic value 'xyz'"),
        field("targetGroups", "must name at least one target group"),
        field("targetGroups[0]", "has the wrong type"),
        field("costModel", "unknown cost model 'xyz'; known are for-alle and for-noen"),
        field("place", "must be between 1 and 120 characters, was 121"),
        field("clearPlace", "cannot clear the place and set it to 'Mo' in one edit"),
        field("reason", "must not be blank"),
        field("reason", "must be between 1 and 500 characters, was 501"),
        field("parentId", "must be a comment on the same idea"),
        field("parentId", "is itself an answer; answer the comment it answers instead"),
        field("request", "is not valid JSON: Unexpected end-of-input"),
        field("subject", "must be someone else than you"),
        new Refused(409, "invalid-transition", "An idea that is answered cannot become withdrawn", List.of()),
        new Refused(409, "edit-refused", "An idea can be edited until it is answered; this one is accepted", List.of()),
        new Refused(409, "support-refused", "Authors cannot support their own idea", List.of()),
        new Refused(409, "support-refused",
            "Only published ideas that are not answered yet can be supported; this one is accepted", List.of()),
        new Refused(409, "comment-refused", "A comment can be edited for 15 minutes after it was written", List.of()),
        new Refused(409, "comment-refused", "You cannot report your own comment", List.of()),
        new Refused(409, "comment-refused", "A hidden idea cannot be commented on while it waits for review", List.of()),
        new Refused(409, "moderation-refused", "You cannot report your own idea", List.of()),
        new Refused(403, "not-the-author", "Only the author of a comment may edit it", List.of()),
        new Refused(403, "blocked", "The municipality has blocked you from taking part.", List.of()),
        new Refused(403, "forbidden", "Only residents of this municipality may write here", List.of()),
        new Refused(404, "not-found", "No idea with id 00000000-0000-0000-0000-000000000000.", List.of()),
        new Refused(401, "unauthorized", "The access token has expired", List.of()),
        new Refused(503, "service-unavailable", "The database is not answering", List.of()),
        new Refused(409, "conflict", "Something newer happened to the idea", List.of()));

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private ServiceRefusals() {
    }

    private static Refused field(String field, String message) {
        return new Refused(400, "invalid-request", field + ": " + message, List.<String[]>of(new String[] {field, message}));
    }

    /** Words of English that no Norwegian text of any module uses, at least three letters long. */
    static Set<String> englishOnlyWords() {
        var english = new HashSet<String>();
        ALL.forEach(refused -> refused.words().forEach(text -> english.addAll(words(text))));
        english.addAll(wordsOfTexts(Language.ENGLISH));
        english.removeAll(wordsOfTexts(Language.BOKMAL));
        english.removeAll(wordsOfTexts(Language.NYNORSK));
        english.removeIf(word -> word.length() < 3);
        return english;
    }

    /** The words of what a page shows in its main part: tags, scripts and entities left out. */
    static Set<String> wordsShownIn(String page) {
        var main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        var text = main.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ")
            .replaceAll("&[#a-zA-Z0-9]+;", " ");
        return words(text);
    }

    private static Set<String> wordsOfTexts(Language language) {
        var words = new HashSet<String>();
        for (var name : Texts.baseNames()) {
            var bundle = ResourceBundle.getBundle(name, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            bundle.keySet().forEach(key -> words.addAll(words(bundle.getString(key))));
        }
        return words;
    }

    private static Set<String> words(String text) {
        var words = new HashSet<String>();
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
