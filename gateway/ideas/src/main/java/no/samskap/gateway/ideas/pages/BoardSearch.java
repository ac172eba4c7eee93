package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.ideas.readmodel.BoardQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/** What a visitor typed into the board's search form, kept as given so the form and the next-page link repeat it. */
record BoardSearch(String municipality, String q, String serviceArea, String status, String sort) {

    static final List<String> SERVICE_AREAS =
        List.of("bibliotek", "kulturskole", "kino", "fritid-ungdom", "kulturhus", "digital", "annet");
    static final List<String> STATUSES = List.of("published", "under-assessment", "accepted", "not-possible",
        "already-exists", "realised", "withdrawn");
    static final List<String> SORTS = List.of("newest", "most-supported", "most-discussed", "relevance");
    static final int PAGE_SIZE = 20;

    BoardSearch {
        q = blankAsEmpty(q);
        serviceArea = blankAsEmpty(serviceArea);
        status = blankAsEmpty(status);
        sort = blankAsEmpty(sort);
    }

    BoardQuery query(String after) {
        // Relevance without words means nothing to rank by; fall back to the default order instead of refusing.
        var order = "relevance".equals(sort) && q.isBlank() ? "" : sort;
        return BoardQuery.of(municipality, q, listOf(serviceArea), listOf(status), order, null, PAGE_SIZE, after);
    }

    BoardSearch withStatus(String code) {
        return new BoardSearch(municipality, q, serviceArea, code, sort);
    }

    /** The same search without the value of {@code field}, which the board could not use. */
    BoardSearch without(String field) {
        return new BoardSearch(municipality, "q".equals(field) ? "" : q, "serviceArea".equals(field) ? "" : serviceArea,
            "status".equals(field) ? "" : status, "sort".equals(field) ? "" : sort);
    }

    /** The address of the page after this one, or of this search in another language. */
    String address(String after) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("q", q);
        parameters.put("serviceArea", serviceArea);
        parameters.put("status", status);
        parameters.put("sort", sort);
        parameters.put("after", after == null ? "" : after);
        var query = parameters.entrySet().stream()
            .filter(parameter -> !parameter.getValue().isEmpty())
            .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return path() + (query.isEmpty() ? "" : "?" + query);
    }

    String path() {
        return "/kommuner/" + municipality + "/ideer";
    }

    private static List<String> listOf(String code) {
        return code.isEmpty() ? List.of() : List.of(code);
    }

    private static String blankAsEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
