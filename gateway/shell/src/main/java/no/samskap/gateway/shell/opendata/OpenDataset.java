package no.samskap.gateway.shell.opendata;

import java.util.List;

/**
 * A module's open dataset: a table of public facts per municipality, served by the shell as
 * {@code /api/open-data/<name>.json} and {@code .csv} from this one definition, and listed at {@code /api/open-data}.
 * Never personal data: anyone may download it.
 */
public interface OpenDataset {

    /** Lower-case letters, digits and hyphens: the file name and the download's name. */
    String name();

    /** The column names, in order: the CSV's header and the JSON objects' fields. */
    List<String> columns();

    /** One list per row, a value per column: text or a number, never null. */
    List<List<Object>> rows(String municipality);
}
