package id.ektp.identification.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Data centre")
class DashboardApi {

    private final DataCentreDashboard dashboard;

    DashboardApi(DataCentreDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/v1/data-centre/dashboard")
    @Operation(summary = "Records per stage and region, throughput per hour, backlog and its oldest record's age, duplicates, adjudications waiting")
    DashboardFigures figures() {
        return dashboard.figures();
    }
}
