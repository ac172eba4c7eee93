package no.samskap.bench.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The wrk script that submits ideas: a JSON body with a title no author used before (the service refuses the same
 * title from the same author within ten minutes) and the residents' tokens in turn, so no single person's rate-limit
 * row takes every write.
 */
final class SubmissionScript {

    private SubmissionScript() {
    }

    static Path write(Path directory, String runId, List<String> residentTokens) throws IOException {
        Files.createDirectories(directory);
        var script = directory.resolve("submit-idea-" + runId + ".lua");
        Files.writeString(script, lua(runId, residentTokens));
        return script;
    }

    static String lua(String runId, List<String> residentTokens) {
        var tokens = residentTokens.stream().map(token -> "  \"" + token + "\"").collect(Collectors.joining(",\n"));
        return """
            -- Written by HttpBenchmark for one run; every token in it expires within minutes.
            local tokens = {
            %s
            }
            local threads = 0
            function setup(thread)
              threads = threads + 1
              thread:set("thread_number", threads)
            end
            -- The warm-up and the measured run use this script one after the other: the second's titles start later.
            local started = 0
            function init(args)
              started = os.time()
            end
            local sent = 0
            function request()
              sent = sent + 1
              local title = string.format("Benker langs elva, forslag %s-%%d-%%d-%%d", started, thread_number, sent)
              local body = '{"title":"' .. title .. '","body":"Flere benker langs elvepromenaden, slik at eldre og'
                .. ' barnefamilier kan hvile underveis.","serviceArea":"digital"}'
              return wrk.format("POST", nil, {
                ["Authorization"] = "Bearer " .. tokens[(sent %% #tokens) + 1],
                ["Content-Type"] = "application/json"
              }, body)
            end
            """.formatted(tokens, runId);
    }
}
