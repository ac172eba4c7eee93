package no.samskap.gateway.shell.opendata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.platform.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every module's open datasets, per municipality, to anyone: JSON (an object per row) and CSV (UTF-8, with a byte
 * order mark for spreadsheets) from the same columns and rows.
 */
@Controller("/api/open-data")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class OpenDataController {

    /** A dataset and where to download it; the municipality goes in the query. */
    @Serdeable
    record Listed(String name, List<String> columns, String json, String csv) {
    }

    private static final String PATH = "/api/open-data/";

    private final Map<String, OpenDataset> datasets;

    OpenDataController(List<OpenDataset> datasets) {
        this.datasets = datasets.stream().collect(Collectors.toMap(OpenDataset::name, Function.identity(),
            (first, second) -> {
                throw new IllegalStateException("Two open datasets are named " + first.name());
            }, TreeMap::new));
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    List<Listed> list() {
        return datasets.values().stream().map(dataset -> new Listed(dataset.name(), dataset.columns(),
            PATH + dataset.name() + ".json", PATH + dataset.name() + ".csv")).toList();
    }

    @Get("/{file}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv; charset=utf-8"})
    HttpResponse<?> download(@PathVariable String file, @QueryValue @Nullable String municipality) {
        var dot = file.lastIndexOf('.');
        var dataset = dot < 0 ? null : datasets.get(file.substring(0, dot));
        var format = dot < 0 ? "" : file.substring(dot + 1);
        if (dataset == null || !(format.equals("json") || format.equals("csv"))) {
            throw ProblemException.notFound("open dataset", file);
        }
        if (!MunicipalityNumber.isValid(municipality)) {
            throw ProblemException.invalidField("municipality", "must be a 4-digit kommunenummer");
        }
        var rows = dataset.rows(municipality);
        return format.equals("json") ? json(dataset, rows) : csv(dataset, municipality, rows);
    }

    private static HttpResponse<?> json(OpenDataset dataset, List<List<Object>> rows) {
        var objects = rows.stream().map(row -> {
            var object = new LinkedHashMap<String, Object>();
            for (int i = 0; i < dataset.columns().size(); i++) {
                object.put(dataset.columns().get(i), row.get(i));
            }
            return object;
        }).toList();
        return HttpResponse.ok(objects).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static HttpResponse<?> csv(OpenDataset dataset, String municipality, List<List<Object>> rows) {
        var text = rows.stream().map(row -> row.stream().map(value -> value == null ? "" : String.valueOf(value)).toList())
            .toList();
        return HttpResponse.ok("\uFEFF" + SpreadsheetCsv.write(dataset.columns(), text))
            .contentType("text/csv; charset=utf-8")
            .header("Content-Disposition", "attachment; filename=\"samskap-" + dataset.name() + "-" + municipality
                + ".csv\"");
    }
}
