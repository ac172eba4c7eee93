package no.samskap.gateway.events.organisers;

import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** How the organisers' pages word what the events service tells them: times, and the names of people. */
final class OrganiserWords {

    private OrganiserWords() {
    }

    /** "lørdag 27. mars 2027 kl. 18.00–20.00" in Norwegian, "Saturday 27 March 2027, 18:00–20:00" in English. */
    static String when(Texts texts, Map<String, Object> item) {
        var starts = LocalDateTime.ofInstant(Instant.parse(String.valueOf(item.get("startsAt"))), EventForm.OSLO);
        var ends = LocalDateTime.ofInstant(Instant.parse(String.valueOf(item.get("endsAt"))), EventForm.OSLO);
        var english = texts.language() == Language.ENGLISH;
        var locale = english ? Locale.UK : texts.language().locale();
        var day = DateTimeFormatter.ofPattern(english ? "EEEE d MMMM yyyy" : "EEEE d. MMMM yyyy", locale);
        var time = DateTimeFormatter.ofPattern(english ? "HH:mm" : "HH.mm", locale);
        var end = starts.toLocalDate().equals(ends.toLocalDate()) ? ends.format(time)
            : ends.format(day) + (english ? ", " : " kl. ") + ends.format(time);
        return starts.format(day) + (english ? ", " : " kl. ") + starts.format(time) + "–" + end;
    }

    /** A registration's name as the service gave it, else the person's id. */
    static String name(Map<String, Object> row) {
        var name = row.get("displayName");
        return name == null ? String.valueOf(row.getOrDefault("personId", "")) : String.valueOf(name);
    }

    /** The volunteer's name as the service keeps it, escaped; never their subject id, which means nothing to a person. */
    static String volunteer(Texts texts, Map<String, Object> signUp) {
        var name = signUp.get("volunteerName");
        return name instanceof String given && !given.isBlank() ? Html.escape(given)
            : texts.text("evo.shiftList.noName");
    }
}
