package io.skillify;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The framework's own failures and unexpected ones answer in the contract's shape, revealing nothing inside. */
class ErrorShapeTest extends IntegrationTest {

    private static final int OVER_ONE_MIB = 1024 * 1024 + 1024;

    @Test
    void unknownRouteIsNotFound() {
        assertError(admin().get("/api/definitely/not/here"), 404, "Not found");
        assertError(admin().get("/nowhere"), 404, "Not found");
    }

    @Test
    void wrongMethodIsNotAllowedAndSaysWhatIs() {
        ApiResponse response = assertError(admin().put("/api/workspaces", Map.of("name", "x")), 405);
        assertThat(response.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertError(admin().post("/api/workspaces", "{\"name\": "), 400, "Malformed JSON");
        assertError(admin().post("/api/workspaces", "{\"name\": \"a\"} trailing"), 400);
        assertError(admin().post("/api/workspaces", "not json at all"), 400);
    }

    @Test
    void wrongJsonShapeIsABadRequest() {
        assertThat(detailPaths(assertError(admin().post("/api/workspaces", "[\"a\"]"), 400))).containsExactly("");
        assertThat(detailPaths(assertError(admin().post("/api/workspaces", "{\"name\": {\"nested\": 1}}"), 400)))
                .containsExactly("name");
    }

    @Test
    void missingBodyIsABadRequest() {
        var request = admin().request("/api/workspaces")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        assertError(admin().exchange(request), 400);
    }

    @Test
    void wrongContentTypeIsUnsupported() {
        var request = admin().request("/api/workspaces")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x"))
                .build();
        assertError(admin().exchange(request), 415);
    }

    @Test
    void oversizedBodyWithLengthIsTooLarge() {
        var request = admin().request("/api/workspaces")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bigJson()))
                .build();
        assertError(admin().exchange(request), 413);
    }

    @Test
    void oversizedChunkedBodyIsTooLarge() {
        byte[] body = bigJson().getBytes();
        var request = admin().request("/api/workspaces")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        assertError(admin().exchange(request), 413);
    }

    @Test
    void unexpectedFailuresAreA500WithOnlyARequestId() {
        ApiResponse response = assertError(admin().get("/api/test-failures/unexpected"), 500,
                "Internal server error");
        assertThat(response.json().get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
        assertThat(response.raw()).doesNotContain("hunter2").doesNotContain("IllegalState");
    }

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfter() {
        ApiResponse response = assertError(admin().get("/api/test-failures/database-down"), 503);
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(response.raw()).doesNotContain("5432").doesNotContain("PSQL");
    }

    @Test
    void theErrorPathItselfRevealsNothing() {
        assertError(admin().get("/error"), 404);
        assertError(anonymous().get("/error"), 404);
    }

    private static String bigJson() {
        return "{\"name\": \"" + "x".repeat(OVER_ONE_MIB) + "\"}";
    }
}
