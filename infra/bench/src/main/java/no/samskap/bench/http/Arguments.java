package no.samskap.bench.http;

/** The benchmark's {@code --name=value} arguments, which the Maven profile fills from {@code bench.http.*}. */
record Arguments(String[] values) {

    String text(String name, String fallback) {
        for (var value : values) {
            if (value.startsWith("--" + name + "=")) {
                var given = value.substring(name.length() + 3);
                return given.isBlank() ? fallback : given;
            }
        }
        return fallback;
    }

    int number(String name, int fallback) {
        return Integer.parseInt(text(name, String.valueOf(fallback)));
    }
}
