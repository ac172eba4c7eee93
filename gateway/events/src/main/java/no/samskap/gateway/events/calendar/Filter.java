package no.samskap.gateway.events.calendar;

/** A filter of the calendar under its name on the pages (Norwegian, as people see it in the address) and in the API. */
public enum Filter {
    UNIT("enhet", "unit"),
    AUDIENCE("publikum", "audience"),
    FROM("fra", "from"),
    TO("til", "to"),
    FREE_SEATS("ledige", "freeSeats"),
    ACCESSIBILITY("tilgjengelighet", "accessibility"),
    VIEW("visning", "view"),
    MONTH("maned", "month"),
    AFTER("etter", "after");

    private final String pageName;
    private final String apiName;

    Filter(String pageName, String apiName) {
        this.pageName = pageName;
        this.apiName = apiName;
    }

    public String pageName() {
        return pageName;
    }

    public String apiName() {
        return apiName;
    }

    /** Which of the two names a request uses. */
    public enum Naming {
        PAGE, API;

        String of(Filter filter) {
            return this == PAGE ? filter.pageName : filter.apiName;
        }
    }
}
