package id.ektp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.accounts.AccountsTestSupport;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document says what the API really answers: a summary per operation, the success status
 * it returns (201 with Location, 204), and its problems, all with one RFC 7807 schema.
 */
class OpenApiDocumentTest extends AccountsTestSupport {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** What the controllers return (ResponseEntity.created / noContent), written down independently of the document. */
    private static final Map<String, String> NOT_200 = Map.of(
            "post /api/v1/residents", "201",
            "post /api/v1/families", "201",
            "post /api/v1/nik", "201",
            "post /api/v1/campaigns", "201",
            "post /api/v1/desk/check-ins", "201",
            "post /api/v1/applications", "201",
            "post /api/v1/officers", "201",
            "post /api/v1/offices", "201",
            "delete /api/v1/residents/{nik}", "204",
            "post /api/v1/me/password", "204");

    record Op(String key, JsonNode node) {
    }

    @Test
    void everyOperationHasASummaryItsRealSuccessStatusAndProblemResponses() throws IOException {
        HttpResponse<String> response = get("/api/v1/openapi", null);
        assertThat(response.statusCode()).isEqualTo(200);
        // Kept for a linter run by hand (npx @redocly/cli lint app/target/openapi.json).
        Files.writeString(Path.of("target", "openapi.json"), response.body());
        JsonNode doc = body(response);

        JsonNode problem = doc.at("/components/schemas/Problem/properties");
        assertThat(problem.fieldNames()).toIterable().contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(problem.at("/errors/items/properties").fieldNames()).toIterable().containsExactly("field", "reason");

        List<Op> operations = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(new Op(method.getKey() + " " + path.getKey(), method.getValue()));
            }
        }));
        assertThat(operations).hasSizeGreaterThanOrEqualTo(25);
        assertThat(operations).extracting(Op::key).containsAll(NOT_200.keySet());

        for (Op op : operations) {
            JsonNode responses = op.node().path("responses");
            assertThat(op.node().path("summary").asText()).as("summary of %s", op.key()).isNotBlank();
            List<String> problems = new ArrayList<>();
            responses.properties().forEach(r -> {
                if (r.getKey().startsWith("4")) {
                    assertThat(r.getValue().at("/content/application~1problem+json/schema/$ref").asText())
                            .as("%s %s", op.key(), r.getKey()).isEqualTo(PROBLEM_REF);
                    problems.add(r.getKey());
                }
            });
            assertThat(problems).as("problem responses of %s", op.key()).contains("401");
            String success = NOT_200.get(op.key());
            if (success != null) {
                assertThat(responses.has("200")).as("%s answers %s, not 200", op.key(), success).isFalse();
                assertThat(responses.has(success)).as("%s lists %s", op.key(), success).isTrue();
                if (success.equals("201")) {
                    assertThat(responses.at("/201/headers/Location").isMissingNode()).as("Location of %s", op.key()).isFalse();
                }
                if (success.equals("204")) {
                    assertThat(responses.at("/204/content").isMissingNode()).as("no body for %s", op.key()).isTrue();
                }
            }
        }
        Map<String, JsonNode> byKey = new java.util.HashMap<>();
        operations.forEach(op -> byKey.put(op.key(), op.node()));
        assertThat(byKey.get("post /api/v1/officers").path("responses").has("409")).isTrue();
        assertThat(byKey.get("get /api/v1/residents/{nik}").path("responses").has("404")).isTrue();
        assertThat(byKey.get("post /api/v1/residents").path("responses").has("400")).isTrue();
        assertThat(byKey.get("get /api/v1/audit/verification").path("responses").has("403")).isTrue();
    }
}
