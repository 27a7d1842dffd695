package id.ektp.afis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void theReportKeepsItsOrderRoundsRatesAndWritesUncomputableRatesAsNull() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("set", "DB1 \"A\"");
        report.put("eer", 0.030412345678);
        report.put("pairs", 99840);
        report.put("undefined", Double.NaN);
        report.put("curve", List.of(new double[] {1.0, 0.5, 1e-4 / 3}));
        report.put("nested", Map.of("ok", true));

        String json = Json.write(report);

        assertThat(json).startsWith("{").endsWith("}\n").contains("\"eer\" : 0.0304123");
        JsonNode read = new ObjectMapper().readTree(json);
        assertThat(read.fieldNames()).toIterable().containsExactly("set", "eer", "pairs", "undefined", "curve", "nested");
        assertThat(read.get("set").asText()).isEqualTo("DB1 \"A\"");
        assertThat(read.get("eer").asDouble()).isEqualTo(0.0304123);
        assertThat(read.get("pairs").asInt()).isEqualTo(99840);
        assertThat(read.get("undefined").isNull()).isTrue();
        assertThat(read.get("curve").get(0).get(2).asDouble()).isEqualTo(3.33333e-5);
        assertThat(read.get("nested").get("ok").asBoolean()).isTrue();
    }
}
