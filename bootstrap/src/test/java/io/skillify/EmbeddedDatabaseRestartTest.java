package io.skillify;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default set-up (no SPRING_DATASOURCE_URL): the server runs its own PostgreSQL in SKILLIFY_DATA_DIR, and what
 * was created through the API is still there after a restart.
 */
class EmbeddedDatabaseRestartTest {

    private static final String KEY = "bld_" + "e".repeat(64);

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() {
        Map<String, Object> properties = Map.of("skillify.data-dir", dataDir.toString(),
                "skillify.bootstrap-api-key", KEY);
        String workspaceId;
        try (RunningServer server = RunningServer.start(properties)) {
            assertThat(server.api(null).get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
            var created = server.api(KEY).post("/api/workspaces", Map.of("name", "survivor"));
            assertThat(created.status()).isEqualTo(201);
            workspaceId = created.data().get("id").asString();
        }
        assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();

        try (RunningServer restarted = RunningServer.start(properties)) {
            var read = restarted.api(KEY).get("/api/" + workspaceId);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.data().get("name").asString()).isEqualTo("survivor");
        }
    }
}
