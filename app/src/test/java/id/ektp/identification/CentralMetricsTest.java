package id.ektp.identification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.accounts.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The dashboard's figures over its API and as Prometheus metrics, which only a data-centre officer may scrape. */
class CentralMetricsTest extends CentralTestSupport {

    @Test
    void theDashboardFiguresAreInTheApiAndInPrometheusFormatForTheDataCentreOnly() throws Exception {
        greyZoneCase("operator-sukasari");
        String dataCentre = officer(Role.DATA_CENTRE_OFFICER, "", "PUSAT");

        JsonNode figures = body(get("/api/v1/data-centre/dashboard", basic(dataCentre)));
        assertThat(figures.get("recordsAvailable").asBoolean()).isTrue();
        assertThat(figures.get("adjudicationsWaiting").asLong()).isPositive();
        // Both packets came through the real intake and the pipeline works them at once, so they are counted under
        // whichever stage they stand in now; together they are in the resident's kota.
        long inKota = 0;
        for (JsonNode n : figures.at("/perRegion/32.73")) {
            inKota += n.asLong();
        }
        assertThat(inKota).isGreaterThanOrEqualTo(2);
        assertThat(figures.get("perHour").size()).isEqualTo(24);
        assertThat(get("/api/v1/data-centre/dashboard", basic(officer(Role.ADJUDICATOR, "", "PUSAT"))).statusCode()).isEqualTo(403);

        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrape(basic(officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301"))).statusCode()).isEqualTo(403);
        String metrics = awaitMetric(basic(dataCentre), "ektp_central_records_region{region=\"32.73\",status=");
        assertThat(metrics).contains("ektp_adjudications_waiting ", "ektp_central_backlog ", "ektp_central_backlog_oldest_age_seconds ",
                "ektp_duplicates_found ", "ektp_central_records{status=\"PRINT_READY_RECORD\"}", "ektp_central_received_last_hour ");
        assertThat(value(metrics, "ektp_adjudications_waiting ")).isPositive();
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build()).statusCode()).isEqualTo(200);
    }

    /** The gauges are refreshed in the background every 15 s: polls until the figure is there, with a deadline. */
    private String awaitMetric(String authorization, String line) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            HttpResponse<String> scraped = scrape(authorization);
            assertThat(scraped.statusCode()).isEqualTo(200);
            assertThat(scraped.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            if (scraped.body().contains(line)) {
                return scraped.body();
            }
            assertThat(System.nanoTime()).as("metric %s within a minute", line).isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(500_000_000L);
        }
    }

    private static double value(String metrics, String prefix) {
        return metrics.lines().filter(l -> l.startsWith(prefix)).map(l -> Double.parseDouble(l.substring(prefix.length()).trim()))
                .findFirst().orElseThrow();
    }

    private HttpResponse<String> scrape(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/actuator/prometheus")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
