package id.ektp.identification.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ektp.identification.CentralStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The data-centre officer's dashboard: the figures as tiles and ECharts charts (dashboard-charts.js reads the data attributes). */
@Controller
class DashboardPages {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("dd/MM HH:00").withZone(ZoneId.of("Asia/Jakarta"));

    private final DataCentreDashboard dashboard;
    private final ObjectMapper json;
    private final MessageSource messages;

    DashboardPages(DataCentreDashboard dashboard, ObjectMapper json, MessageSource messages) {
        this.dashboard = dashboard;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/data-centre/dashboard")
    String show(Model model, Locale locale) throws JsonProcessingException {
        DashboardFigures f = dashboard.figures();
        model.addAttribute("figures", f);
        Map<String, String> labels = new LinkedHashMap<>();
        for (CentralStatus s : CentralStatus.values()) {
            labels.put(s.name(), messages.getMessage("central.status." + s.name(), null, s.name(), locale));
        }
        labels.put("received", messages.getMessage("dashboard.received", null, locale));
        labels.put("finished", messages.getMessage("dashboard.finished", null, locale));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("stages", f.perStage());
        List<String> regions = new ArrayList<>(f.perRegion().keySet());
        Map<String, List<Long>> perRegion = new LinkedHashMap<>();
        for (CentralStatus s : CentralStatus.values()) {
            perRegion.put(s.name(), regions.stream().map(r -> f.perRegion().get(r).getOrDefault(s, 0L)).toList());
        }
        chart.put("regions", regions);
        chart.put("perRegion", perRegion);
        chart.put("hours", f.perHour().stream().map(h -> HOUR.format(h.hour())).toList());
        chart.put("received", f.perHour().stream().map(CentralRecordFigures.HourlyCount::received).toList());
        chart.put("finished", f.perHour().stream().map(CentralRecordFigures.HourlyCount::finished).toList());
        model.addAttribute("chart", json.writeValueAsString(chart));
        model.addAttribute("chartLabels", json.writeValueAsString(labels));
        return "identification/dashboard";
    }
}
