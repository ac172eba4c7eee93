package no.samskap.gateway.ideas.readmodel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One question to the board, checked: which municipality, which words, which service areas and statuses, in which
 * order, and where the previous page ended. Blank words count as no words, so an empty search box shows the board.
 */
public record BoardQuery(String municipality, Optional<String> words, List<String> serviceAreas, List<String> statuses,
                         BoardSort sort, long seed, int limit, Optional<String> after, Classifications classifications) {

    /** Target groups, strategic values and cost models to narrow the board to; empty lists narrow nothing. */
    public record Classifications(List<String> targetGroups, List<String> strategicValues, List<String> costModels) {

        public static final Classifications NONE = new Classifications(List.of(), List.of(), List.of());
        static final List<String> TARGET_GROUPS = List.of("barn", "ungdom", "voksne", "eldre", "alle");
        static final List<String> COST_MODELS = List.of("for-alle", "for-noen");
        private static final java.util.regex.Pattern VALUE_CODE = java.util.regex.Pattern.compile("[a-z0-9-]{1,40}");

        public static Classifications of(Collection<String> targetGroup, Collection<String> strategicValue,
                                         Collection<String> costModel) {
            var values = strategicValue == null ? List.<String>of() : strategicValue.stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).filter(code -> !code.isEmpty())
                .distinct().toList();
            values.forEach(code -> {
                if (!VALUE_CODE.matcher(code).matches()) {
                    throw new InvalidQueryValueException("strategicValue", "is not a strategic value code: " + code);
                }
            });
            return new Classifications(codes("targetGroup", targetGroup, TARGET_GROUPS), values,
                codes("costModel", costModel, COST_MODELS));
        }

        String describe() {
            return String.join(",", targetGroups) + ";" + String.join(",", strategicValues) + ";" + String.join(",", costModels);
        }
    }

    static final int MAX_WORDS = 200;
    static final List<String> SERVICE_AREAS =
        List.of("bibliotek", "kulturskole", "kino", "fritid-ungdom", "kulturhus", "digital", "annet");
    static final List<String> STATUSES = List.of("published", "under-assessment", "accepted", "not-possible",
        "already-exists", "realised", "withdrawn");

    public static BoardQuery of(String municipality, String q, Collection<String> serviceArea, Collection<String> status,
                                String sort, Long seed, int limit, String after) {
        var words = Optional.ofNullable(q).map(String::strip).filter(text -> !text.isEmpty());
        words.ifPresent(text -> TextRules.require("q", text, 1, MAX_WORDS));
        var order = orderOf(sort, words.isPresent());
        if (order == BoardSort.RANDOM && seed == null) {
            throw new InvalidQueryValueException("seed", "is required with sort=random: any whole number, kept while paging");
        }
        return new BoardQuery(municipality, words, codes("serviceArea", serviceArea, SERVICE_AREAS),
            codes("status", status, STATUSES), order, order == BoardSort.RANDOM ? seed : 0, limit,
            Optional.ofNullable(after), Classifications.NONE);
    }

    public BoardQuery narrowedTo(Classifications narrowing) {
        return new BoardQuery(municipality, words, serviceAreas, statuses, sort, seed, limit, after, narrowing);
    }

    /** Names this list, so that a cursor from another list is recognised and refused. */
    String listId() {
        var definition = String.join("\n", municipality, words.orElse(""), String.join(",", serviceAreas),
            String.join(",", statuses), sort.wireName(), Long.toString(seed), classifications.describe());
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(definition.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 9));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Where this visitor's walk through the shuffled order begins, in the range of {@code shuffle_key}. */
    long shuffleStart() {
        return new SplittableRandom(seed).nextLong() >>> 4;
    }

    private static BoardSort orderOf(String sort, boolean searching) {
        if (sort == null || sort.isBlank()) {
            return searching ? BoardSort.RELEVANCE : BoardSort.NEWEST;
        }
        var order = BoardSort.named(sort.strip()).orElseThrow(() -> new InvalidQueryValueException("sort",
            "must be one of newest, most-supported, most-discussed, random, or relevance when q is given"));
        if (order == BoardSort.RELEVANCE && !searching) {
            throw new InvalidQueryValueException("sort", "relevance needs words to search for in q");
        }
        return order;
    }

    private static List<String> codes(String field, Collection<String> given, List<String> known) {
        var codes = given == null ? List.<String>of() : given.stream()
            .flatMap(value -> Arrays.stream(value.split(",")))
            .map(String::strip)
            .filter(code -> !code.isEmpty())
            .distinct()
            .sorted()
            .toList();
        codes.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(unknown -> {
            throw new InvalidQueryValueException(field, "'" + unknown + "' is not one of " + String.join(", ", known));
        });
        return codes;
    }
}
