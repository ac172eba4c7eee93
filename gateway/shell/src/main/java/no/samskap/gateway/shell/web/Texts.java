package no.samskap.gateway.shell.web;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page texts of one language, from every module's {@link TextBundle}, with dates in Norwegian time and numbers
 * grouped as the language writes them. Every result is already HTML-escaped.
 */
public final class Texts {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    // Without this, a missing key would silently come from the JVM's default locale instead of failing.
    private static final ResourceBundle.Control NO_FALLBACK =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final List<String> BASE_NAMES = ServiceLoader.load(TextBundle.class).stream()
        .map(provider -> provider.get().baseName()).sorted().toList();
    private static final Map<Language, List<ResourceBundle>> BUNDLES = new ConcurrentHashMap<>();
    private static final Map<Language, Parsed> PARSED = new ConcurrentHashMap<>();

    private final Language language;
    private final List<ResourceBundle> bundles;
    private final Parsed parsed;
    private final DateTimeFormatter dates;

    public Texts(Language language) {
        this.language = language;
        this.bundles = BUNDLES.computeIfAbsent(language, Texts::bundlesOf);
        this.parsed = PARSED.computeIfAbsent(language, any -> new Parsed());
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
    }

    private static List<ResourceBundle> bundlesOf(Language language) {
        return BASE_NAMES.stream().map(name -> ResourceBundle.getBundle(name, language.locale(), NO_FALLBACK)).toList();
    }

    /** The base names of every module's texts, for the test that each has all three languages. */
    public static List<String> baseNames() {
        return BASE_NAMES;
    }

    public Language language() {
        return language;
    }

    /** The text under {@code key}, escaped, with {@code arguments} (escaped too) put in its {0}, {1} ... places. */
    public String text(String key, Object... arguments) {
        if (arguments.length == 0) {
            return parsed.escaped.computeIfAbsent(key, any -> Html.escape(pattern(key)));
        }
        var escaped = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            escaped[i] = arguments[i] instanceof Number ? arguments[i] : Html.escape(String.valueOf(arguments[i]));
        }
        // The bundles are ours and hold no markup; escaping the pattern would break choice formats ("1<").
        var format = parsed.formats.computeIfAbsent(key, any -> new MessageFormat(pattern(key), language.locale()));
        // A MessageFormat is not safe to share while formatting; a copy costs far less than parsing the pattern again.
        return ((MessageFormat) format.clone()).format(escaped);
    }

    /**
     * Stops a module's contribution at start-up when a language lacks its text, rather than the first page that
     * shows it failing; {@code contribution} says whose text it is.
     */
    public static void requireInEveryLanguage(String key, String contribution) {
        for (var language : Language.values()) {
            if (!new Texts(language).has(key)) {
                throw new IllegalStateException(contribution + " needs the text " + key + ", which no module has in "
                    + language.tag());
            }
        }
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(bundle -> bundle.containsKey(key));
    }

    private String pattern(String key) {
        return bundles.stream().filter(bundle -> bundle.containsKey(key)).findFirst()
            .map(bundle -> bundle.getString(key))
            .orElseThrow(() -> new MissingResourceException("No text " + key + " in " + language, BASE_NAMES.toString(), key));
    }

    /** The word for a code such as a status; a code newer than the bundles shows as itself rather than failing. */
    public String word(String group, String code) {
        var key = group + "." + code;
        return has(key) ? text(key) : Html.escape(code);
    }

    public String date(LocalDate date) {
        return Html.escape(dates.format(date));
    }

    public String date(Instant instant) {
        return date(instant.atZone(NORWAY).toLocalDate());
    }

    public String number(long number) {
        return Html.escape(NumberFormat.getIntegerInstance(language.locale()).format(number));
    }

    /**
     * A language's texts as the pages use them, kept once made: escaping and parsing patterns again for every text
     * of every page took a tenth of the board page's time.
     */
    private static final class Parsed {
        private final Map<String, String> escaped = new ConcurrentHashMap<>();
        private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    }
}
