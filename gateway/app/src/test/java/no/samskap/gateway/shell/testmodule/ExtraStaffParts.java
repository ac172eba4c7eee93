package no.samskap.gateway.shell.testmodule;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.ExtraModule;
import no.samskap.gateway.shell.dashboard.DashboardPanel;
import no.samskap.gateway.shell.dashboard.Period;
import no.samskap.gateway.shell.opendata.OpenDataset;
import no.samskap.gateway.shell.services.ServiceClient;
import no.samskap.gateway.shell.staff.InboxSection;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.writes.RelayTarget;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The test-only module's contributions to the staff pages and open data (its navigation, "Min side" section and
 * live stream are in {@link ExtraModule}): an inbox section, a dashboard panel and an open dataset, and writes
 * relayed to its own service. Switched on with the rest of the module.
 */
@Factory
@Requires(property = ExtraModule.SWITCH, value = "on")
public class ExtraStaffParts {

    public static final String SERVICE_URL = "samskap.test.extra-service-url";
    public static final int WAITING_TASKS = 3;
    public static final long VISITS = 42;

    @Singleton
    InboxSection tasks() {
        return new InboxSection() {
            @Override
            public String key() {
                return "extra-tasks";
            }

            @Override
            public int order() {
                return 900;
            }

            @Override
            public String heading(Texts texts) {
                return "Ekstraoppgaver";
            }

            @Override
            public Items read(StaffMember member) {
                return new Items() {
                    @Override
                    public int count() {
                        return WAITING_TASKS;
                    }

                    @Override
                    public String html(InboxView view) {
                        return "<ul class=\"inbox-items\"><li id=\"extra-task-1\">Oppgave for " + view.member().municipality()
                            + "</li></ul>";
                    }
                };
            }
        };
    }

    @Singleton
    DashboardPanel visits() {
        return new DashboardPanel() {
            @Override
            public String key() {
                return "extra";
            }

            @Override
            public int order() {
                return 900;
            }

            @Override
            public Figures read(String municipality, Period period) {
                return new Figures() {
                    @Override
                    public Object json() {
                        return Map.of("visits", VISITS);
                    }

                    @Override
                    public String html(Texts texts) {
                        return "<section id=\"extra-visits\" aria-labelledby=\"extra-visits-heading\">"
                            + "<h2 id=\"extra-visits-heading\">Besøk</h2><p>" + texts.number(VISITS) + "</p></section>";
                    }
                };
            }
        };
    }

    @Singleton
    OpenDataset things() {
        return new OpenDataset() {
            @Override
            public String name() {
                return "extra-things";
            }

            @Override
            public List<String> columns() {
                return List.of("name", "count");
            }

            @Override
            public List<List<Object>> rows(String municipality) {
                return List.of(List.of("Lydstudio " + municipality, 7));
            }
        };
    }

    @Singleton
    @Bean(preDestroy = "close")
    ServiceClient extraService(BeanContext beans, @Value("${" + SERVICE_URL + ":`http://127.0.0.1:9`}") URI url) {
        return new ServiceClient(beans, "extra", url, Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    @Singleton
    RelayTarget extraTarget(ServiceClient extraService) {
        return new RelayTarget("extra", extraService, Pattern.compile("/things/[a-z0-9-]+"));
    }
}
