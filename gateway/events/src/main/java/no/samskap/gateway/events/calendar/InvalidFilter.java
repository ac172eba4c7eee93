package no.samskap.gateway.events.calendar;

/**
 * A filter value the calendar does not know: {@code name} as the request spelled it, {@code textKey} the words for
 * people, {@code rule} the words for a program.
 */
public final class InvalidFilter extends RuntimeException {

    private final Filter filter;
    private final String name;
    private final String value;
    private final String rule;

    InvalidFilter(Filter filter, String name, String value, String rule) {
        super(name + " " + rule);
        this.filter = filter;
        this.name = name;
        this.value = value;
        this.rule = rule;
    }

    public Filter filter() {
        return filter;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public String rule() {
        return rule;
    }

    /** The key of the page's message, which names the filter and quotes the value. */
    public String textKey() {
        return "ev.filter.invalid." + filter.pageName();
    }
}
