package io.skillify.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NodeTypesTest extends IntegrationTest {

    @Test
    void theCatalogListsTheNineBuiltInTypesWithTheirContracts() {
        ApiResponse catalog = newAccount("catalog-reader").api().get("/api/node-types");
        assertThat(catalog.status()).isEqualTo(200);
        List<String> types = catalog.data().valueStream().map(t -> t.get("type").asString()).toList();
        assertThat(types).contains("trigger.manual", "trigger.webhook", "trigger.schedule", "http.request",
                "logic.condition", "data.transform", "flow.delay", "worker.task", "notify.log");
        assertThat(types).isSorted();

        JsonNode condition = byType(catalog, "logic.condition");
        assertThat(condition.get("outputs").valueStream().map(JsonNode::asString)).containsExactly("true", "false");
        assertThat(condition.get("category").asString()).isEqualTo("logic");
        assertThat(condition.get("version").asInt()).isEqualTo(1);
        assertThat(condition.get("description").asString()).isNotBlank();
        assertThat(condition.get("dataSchema").get("required").get(0).asString()).isEqualTo("expression");

        JsonNode http = byType(catalog, "http.request");
        assertThat(http.get("outputs").valueStream().map(JsonNode::asString)).containsExactly("default");
        assertThat(http.get("retry").get("maxAttempts").asInt()).isEqualTo(3);
        assertThat(http.get("retry").get("backoffMs").asLong()).isEqualTo(1000);
        assertThat(http.get("timeout").asLong()).isEqualTo(30_000);
        assertThat(http.get("dataSchema").get("$schema").asString()).contains("2020-12");
        // a URL may hold templates, so it is checked once they are filled in; the schema only asks for its start
        assertThat(http.get("dataSchema").get("properties").get("url").get("pattern").asString())
                .isEqualTo("^(https?://|[{][{])");
        assertThat(byType(catalog, "trigger.schedule").get("category").asString()).isEqualTo("trigger");
    }

    @Test
    void theCatalogNeedsAuthentication() {
        assertThat(anonymous().get("/api/node-types").status()).isEqualTo(401);
    }

    private static JsonNode byType(ApiResponse catalog, String type) {
        return catalog.data().valueStream().filter(t -> t.get("type").asString().equals(type)).findFirst()
                .orElseThrow();
    }
}
