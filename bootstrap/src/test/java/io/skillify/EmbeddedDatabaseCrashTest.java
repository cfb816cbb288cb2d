package io.skillify;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default set-up after a crash: the server process is killed with SIGKILL, leaving its embedded PostgreSQL
 * behind, and the next start on the same data directory comes up by itself with the data that was there. The
 * embedded database keeps what it acknowledged (fsync and synchronous commit on).
 */
class EmbeddedDatabaseCrashTest {

    private static final String KEY = "bld_" + "d".repeat(64);
    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path dataDir;

    @Test
    void aKilledServerStartsAgainOnItsDataByItself() throws Exception {
        String workspaceId;
        try (ServerProcess crashed = ServerProcess.fromClasspath(dataDir, KEY).awaitHealthy(START)) {
            var created = crashed.api().post("/api/workspaces", Map.of("name", "survivor"));
            assertThat(created.status()).isEqualTo(201);
            workspaceId = created.data().get("id").asString();
            crashed.kill();
        }

        try (ServerProcess restarted = ServerProcess.fromClasspath(dataDir, KEY).awaitHealthy(START)) {
            var read = restarted.api().get("/api/" + workspaceId);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.data().get("name").asString()).isEqualTo("survivor");
            assertThat(restarted.terminate(Duration.ofSeconds(30))).as("SIGTERM ends the server").isTrue();
        }
        assertThat(dataDir.resolve("postgres").resolve("postmaster.pid"))
                .as("the embedded PostgreSQL stopped with the server").doesNotExist();
    }

    @Test
    void theEmbeddedDatabaseKeepsWhatItAcknowledged() throws Exception {
        try (ServerProcess server = ServerProcess.fromClasspath(dataDir, KEY).awaitHealthy(START)) {
            List<String> pidFile = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
            String url = "jdbc:postgresql://localhost:" + pidFile.get(3).strip() + "/postgres";
            try (Connection sql = DriverManager.getConnection(url, "postgres", "postgres")) {
                assertThat(show(sql, "fsync")).isEqualTo("on");
                assertThat(show(sql, "synchronous_commit")).isEqualTo("on");
                assertThat(show(sql, "full_page_writes")).isEqualTo("on");
            }
        }
    }

    private static String show(Connection sql, String setting) throws Exception {
        try (ResultSet result = sql.createStatement().executeQuery("show " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}
