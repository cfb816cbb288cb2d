package io.skillify;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The document at {@code /v3/api-docs} is what a user feeds to a client generator (openapi-typescript, openapi-generator):
 * every route must be callable from the generated client with nothing fixed by hand.
 */
class OpenApiDocumentTest extends IntegrationTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");
    /** Properties a schema only has when it describes Jackson's {@code JsonNode} class instead of a JSON value. */
    private static final Set<String> JSON_NODE_BEAN_PROPERTIES = Set.of("nodeType", "valueNode", "containerNode",
            "missingNode", "floatingPointNumber", "integralNumber", "textual", "pojo", "embeddedValue");

    private JsonNode document;

    @BeforeEach
    void readTheDocument() {
        var docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        document = docs.json();
    }

    @Test
    void serverSideArgumentsAreNeverParameters() {
        List<String> wrong = new ArrayList<>();
        eachOperation((route, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                String name = parameter.path("name").asString();
                if (name.equals("caller") || name.equals("scope")) {
                    wrong.add(route + " documents the server-side argument '" + name + "' as a parameter");
                }
                JsonNode schema = resolve(parameter.path("schema"));
                if (schema.path("type").asString("").equals("object") || schema.has("properties")) {
                    wrong.add(route + " has parameter '" + name + "' whose schema is an object");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPathVariableIsADeclaredRequiredPathParameter() {
        List<String> wrong = new ArrayList<>();
        eachOperation((route, operation) -> {
            Matcher variables = PATH_VARIABLE.matcher(route);
            while (variables.find()) {
                String variable = variables.group(1);
                JsonNode declared = null;
                for (JsonNode parameter : operation.path("parameters")) {
                    if (parameter.path("in").asString().equals("path")
                            && parameter.path("name").asString().equals(variable)) {
                        declared = parameter;
                    }
                }
                if (declared == null || !declared.path("required").asBoolean()) {
                    wrong.add(route + " does not declare the required path parameter '" + variable + "'");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void theWorkspaceIdIsAUuid() {
        JsonNode parameters = document.path("paths").path("/api/{workspaceId}/automations").path("get")
                .path("parameters");
        JsonNode workspaceId = null;
        for (JsonNode parameter : parameters) {
            if (parameter.path("name").asString().equals("workspaceId")) {
                workspaceId = parameter;
            }
        }
        assertThat(workspaceId).as("workspaceId on GET /api/{workspaceId}/automations").isNotNull();
        assertThat(workspaceId.path("in").asString()).isEqualTo("path");
        assertThat(workspaceId.path("schema").path("format").asString()).isEqualTo("uuid");
    }

    @Test
    void mediaTypesAreConcrete() {
        List<String> wrong = new ArrayList<>();
        eachOperation((route, operation) -> {
            operation.path("requestBody").path("content").propertyNames().forEach(media -> {
                if (media.contains("*")) {
                    wrong.add(route + " accepts " + media);
                }
            });
            operation.path("responses").properties().forEach(response ->
                    response.getValue().path("content").propertyNames().forEach(media -> {
                        if (media.contains("*")) {
                            wrong.add(route + " answers " + response.getKey() + " as " + media);
                        }
                    }));
        });
        assertThat(wrong).isEmpty();
        assertThat(document.path("paths").path("/api/{workspaceId}/runs/{runId}/logs/stream").path("get")
                .path("responses").path("200").path("content").has("text/event-stream")).isTrue();
    }

    @Test
    void everyOperationHasSchemasForItsBodyAndItsSuccess() {
        List<String> wrong = new ArrayList<>();
        eachOperation((route, operation) -> {
            JsonNode body = operation.path("requestBody");
            if (!body.isMissingNode() && !everyMediaTypeHasASchema(body.path("content"))) {
                wrong.add(route + " takes a body without a schema");
            }
            List<String> successes = new ArrayList<>();
            operation.path("responses").properties().forEach(response -> {
                if (response.getKey().startsWith("2")) {
                    successes.add(response.getKey());
                    if (!response.getKey().equals("204")
                            && !everyMediaTypeHasASchema(response.getValue().path("content"))) {
                        wrong.add(route + " answers " + response.getKey() + " without a schema");
                    }
                }
            });
            if (successes.isEmpty()) {
                wrong.add(route + " documents no success response");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void noResponseIsAFreeFormMap() {
        List<String> wrong = new ArrayList<>();
        eachOperation((route, operation) -> {
            operation.path("responses").properties().forEach(response ->
                    response.getValue().path("content").properties().forEach(media -> {
                        JsonNode schema = resolve(media.getValue().path("schema"));
                        if (!media.getKey().equals("text/event-stream") && isFreeForm(schema)) {
                            wrong.add(route + " answers " + response.getKey() + " with a free-form map");
                        }
                    }));
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void noSchemaDescribesJacksonsJsonNodeClass() {
        List<String> wrong = new ArrayList<>();
        document.path("components").path("schemas").properties().forEach(schema -> {
            if (schema.getKey().contains("JsonNode") || describesJsonNode(schema.getValue())) {
                wrong.add(schema.getKey());
            }
            schema.getValue().path("properties").properties().forEach(property -> {
                if (describesJsonNode(property.getValue())) {
                    wrong.add(schema.getKey() + "." + property.getKey());
                }
            });
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void freeFormJsonAcceptsAnyObject() {
        List<String> wrong = new ArrayList<>();
        document.path("components").path("schemas").properties().forEach(schema ->
                schema.getValue().path("properties").properties().forEach(property -> {
                    JsonNode value = property.getValue();
                    boolean object = value.path("type").toString().contains("object");
                    if (object && !value.has("properties") && !value.has("$ref")
                            && (value.path("additionalProperties").isMissingNode()
                                || value.path("additionalProperties").asString("").equals("false"))) {
                        wrong.add(schema.getKey() + "." + property.getKey()
                                + " is an object that admits no property (a generated client types it as empty)");
                    }
                }));
        assertThat(wrong).isEmpty();
        assertThat(schema("StartRunRequest").path("properties").path("input").path("type").toString())
                .contains("object", "array", "string", "number", "boolean", "null");
    }

    @Test
    void flowsAreReactFlowGraphs() {
        for (String owner : List.of("CreateAutomationRequest", "SaveFlowRequest", "AutomationResponse",
                "FlowVersionResponse")) {
            JsonNode flow = resolve(schema(owner).path("properties").path("flow"));
            assertThat(flow.path("properties").propertyNames()).as(owner + ".flow").contains("nodes", "edges");
            JsonNode node = resolve(resolve(flow.path("properties").path("nodes")).path("items"));
            assertThat(node.path("properties").propertyNames()).as(owner + ".flow.nodes[]")
                    .contains("id", "type", "position", "data");
            JsonNode edge = resolve(resolve(flow.path("properties").path("edges")).path("items"));
            assertThat(edge.path("properties").propertyNames()).as(owner + ".flow.edges[]")
                    .contains("id", "source", "target", "sourceHandle", "targetHandle");
            assertThat(edge.path("required").toString()).contains("source", "target").doesNotContain("Handle");
        }
    }

    @Test
    void textLimitsAreMaxLengths() {
        assertThat(schema("CreateAutomationRequest").path("properties").path("name").path("maxLength").asInt())
                .isEqualTo(200);
        assertThat(schema("CreateAutomationRequest").path("properties").path("description").path("maxLength")
                .asInt()).isEqualTo(2000);
        assertThat(schema("ChangeAutomationRequest").path("properties").path("name").path("maxLength").asInt())
                .isEqualTo(200);
        assertThat(schema("WorkspaceNameRequest").path("properties").path("name").path("maxLength").asInt())
                .isEqualTo(100);
        assertThat(schema("CreateAccountRequest").path("properties").path("name").path("maxLength").asInt())
                .isEqualTo(100);
    }

    @Test
    void everyOperationDocumentsTheContractsErrorShape() {
        List<String> wrong = new ArrayList<>();
        eachOperation((route, operation) -> operation.path("responses").properties().forEach(response -> {
            String code = response.getKey();
            if (code.equals("default") || code.startsWith("4") || code.startsWith("5")) {
                JsonNode error = resolve(response.getValue().path("content").path("application/json").path("schema"));
                if (!error.path("properties").propertyNames().containsAll(List.of("success", "error", "details"))) {
                    wrong.add(route + " answers " + code + " in another shape than the contract's error");
                }
            }
        }));
        eachOperation((route, operation) -> {
            if (!operation.path("responses").has("default")) {
                wrong.add(route + " does not document its errors");
            }
        });
        assertThat(wrong).isEmpty();
    }

    private void eachOperation(BiConsumer<String, JsonNode> check) {
        document.path("paths").properties().forEach(path -> {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    check.accept(method.toUpperCase() + " " + path.getKey(), operation);
                }
            }
        });
    }

    private JsonNode schema(String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        assertThat(schema.isMissingNode()).as("schema " + name).isFalse();
        return schema;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith("#/components/schemas/") ? schema(ref.substring("#/components/schemas/".length())) : schema;
    }

    private boolean everyMediaTypeHasASchema(JsonNode content) {
        if (content.isMissingNode() || content.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            if (media.getValue().path("schema").isMissingNode()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFreeForm(JsonNode schema) {
        return !schema.has("properties") && !schema.has("items") && !schema.has("oneOf") && !schema.has("anyOf")
                && !schema.has("allOf") && !schema.has("$ref") && !schema.path("type").asString("").equals("string");
    }

    private static boolean describesJsonNode(JsonNode schema) {
        return schema.path("properties").propertyNames().stream().anyMatch(JSON_NODE_BEAN_PROPERTIES::contains);
    }
}
