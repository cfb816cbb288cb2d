package io.skillify.shared.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL a killed server left running on its data directory, and pid files that name someone else. */
class OrphanedPostmasterTest {

    @TempDir
    Path dataDir;

    @Test
    void thePostgresLeftRunningOnThisDirectoryIsStoppedAndTheDirectoryStartsAgain() throws Exception {
        EmbeddedPostgres orphan = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
        long orphanPid = pidInFile();
        ProcessHandle postmaster = ProcessHandle.of(orphanPid).orElseThrow();

        new OrphanedPostmaster(dataDir, Duration.ofSeconds(60)).stopIfRunning();

        assertThat(postmaster.isAlive()).as("the orphaned postmaster stopped").isFalse();
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
        orphan.close(); // a killed JVM's file lock on the directory is gone with it; this one's is released here
        try (EmbeddedPostgres again = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
             Connection sql = again.getPostgresDatabase().getConnection();
             ResultSet one = sql.createStatement().executeQuery("select 1")) {
            assertThat(one.next()).isTrue();
        }
    }

    @Test
    void aPostgresOfAnotherDirectoryIsLeftAlone(@TempDir Path otherDir) throws Exception {
        try (EmbeddedPostgres other = EmbeddedPostgres.builder().setDataDirectory(otherDir)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start()) {
            String otherPid = Files.readAllLines(otherDir.resolve("postmaster.pid")).getFirst();
            Files.write(dataDir.resolve("postmaster.pid"), List.of(otherPid, otherDir.toString()));

            new OrphanedPostmaster(dataDir, Duration.ofSeconds(60)).stopIfRunning();

            assertThat(ProcessHandle.of(Long.parseLong(otherPid)).map(ProcessHandle::isAlive)).contains(true);
            assertThat(dataDir.resolve("postmaster.pid")).as("a stale pid file is removed").doesNotExist();
        }
    }

    @Test
    void aPidFileNamingAnotherProgramIsStaleAndNothingIsSignalled() throws Exception {
        long self = ProcessHandle.current().pid();
        Files.write(dataDir.resolve("postmaster.pid"), List.of(Long.toString(self), dataDir.toString()));

        new OrphanedPostmaster(dataDir, Duration.ofSeconds(60)).stopIfRunning();

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aPidFileOfAProcessThatIsGoneIsStale() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.write(dataDir.resolve("postmaster.pid"), List.of(Long.toString(gone.pid()), dataDir.toString()));

        new OrphanedPostmaster(dataDir, Duration.ofSeconds(60)).stopIfRunning();

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    private long pidInFile() throws Exception {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());
    }
}
