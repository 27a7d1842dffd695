package id.ektp.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * Writes into the OpenAPI document what {@link ApiProblemHandler} and the security filters really answer,
 * which springdoc cannot see from the controllers: one RFC 7807 {@code Problem} schema, and for each
 * operation the problems it can get. 400 where the operation takes parameters or a body, 401 always
 * (the token endpoint refuses bad credentials too), 403 where a role or region is checked, 404 where a
 * path names a record, 409 where the controller says so ({@link AnswersConflict}). A 201 carries its
 * {@code Location} header. Done once here, so a new controller cannot forget them.
 */
@Configuration(proxyBeanMethods = false)
class ProblemResponsesInOpenApi {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    /** Operations that only need a signed-in officer, whatever the role or region: no 403. */
    private static final List<String> OWN_ACCOUNT_PATHS = List.of("/api/v1/me", "/api/v1/me/password", "/api/v1/auth/token");

    private static final Map<Integer, String> DESCRIPTIONS = Map.of(
            400, "Invalid input: each refused field with its reason in errors",
            401, "No valid credentials, or the account is locked",
            403, "The caller's role or region does not allow this request",
            404, "No such record in the caller's region",
            409, "The name or number is already taken");

    @Bean
    GlobalOperationCustomizer successStatusAndConflicts() {
        return (operation, handler) -> {
            successStatus(operation, handler);
            if (handler.hasMethodAnnotation(AnswersConflict.class)) {
                addProblem(operation, 409);
            }
            return operation;
        };
    }

    @Bean
    GlobalOpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                boolean hasInput = operation.getRequestBody() != null
                        || (operation.getParameters() != null && !operation.getParameters().isEmpty());
                if (hasInput) {
                    addProblem(operation, 400);
                }
                addProblem(operation, 401);
                if (!OWN_ACCOUNT_PATHS.contains(path)) {
                    addProblem(operation, 403);
                }
                if (path.contains("{")) {
                    addProblem(operation, 404);
                }
            }));
        };
    }

    /** The status of {@code @ResponseStatus} replaces springdoc's default 200, and a 201 says where the new record is. */
    private static void successStatus(Operation operation, HandlerMethod handler) {
        ResponseStatus declared = handler.getMethodAnnotation(ResponseStatus.class);
        ApiResponses responses = operation.getResponses();
        if (declared == null || responses == null) {
            return;
        }
        HttpStatus status = declared.code() != HttpStatus.INTERNAL_SERVER_ERROR ? declared.code() : declared.value();
        String code = String.valueOf(status.value());
        ApiResponse success = responses.containsKey(code) ? responses.get(code) : responses.remove("200");
        if (success == null) {
            success = new ApiResponse();
        }
        responses.remove("200");
        success.setDescription(status.getReasonPhrase());
        if (status == HttpStatus.NO_CONTENT) {
            success.setContent(null);
        }
        if (status == HttpStatus.CREATED) {
            success.addHeaderObject("Location", new Header().description("URL of the created record")
                    .schema(new StringSchema().format("uri-reference")));
        }
        responses.addApiResponse(code, success);
    }

    private static void addProblem(Operation operation, int status) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation.getResponses().computeIfAbsent(String.valueOf(status), s -> new ApiResponse()
                .description(DESCRIPTIONS.get(status))
                .content(new Content().addMediaType(PROBLEM_MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the request field, parameter or header at fault"))
                .addProperty("reason", new StringSchema().description("why it was refused"));
        fieldProblem.setRequired(List.of("field", "reason"));
        return new ObjectSchema()
                .description("An RFC 7807 problem document (application/problem+json)")
                .addProperty("type", new StringSchema().format("uri").example(Problems.BASE + "invalid-input"))
                .addProperty("title", new StringSchema().example("Invalid input"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The request has invalid fields."))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/residents"))
                .addProperty("errors", new ArraySchema().items(fieldProblem)
                        .description("present on 400: each refused field and its reason"));
    }
}
