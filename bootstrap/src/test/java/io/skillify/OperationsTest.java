package io.skillify;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class OperationsTest extends IntegrationTest {

    @Test
    void healthIsUpWithoutCredentials() {
        var health = anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreExposed() {
        admin().get("/api/accounts/me");
        var metrics = anonymous().get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("http_server_requests_seconds").contains("jvm_threads_live_threads");
    }

    @Test
    void theOpenApiDocumentIsVersion31AndDescribesTheApi() {
        var docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3.1");
        assertThat(docs.json().get("info").get("title").asString()).isEqualTo("Skillify API");
        assertThat(docs.json().get("paths").has("/api/accounts/me")).isTrue();
        assertThat(docs.json().get("paths").has("/api/workspaces")).isTrue();
    }

    @Test
    void swaggerUiIsServed() {
        var ui = anonymous().get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.raw()).contains("swagger-ui");
    }
}
