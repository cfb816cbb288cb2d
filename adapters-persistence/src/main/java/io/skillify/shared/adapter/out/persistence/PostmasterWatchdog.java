package io.skillify.shared.adapter.out.persistence;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tiny shell process that outlives this JVM only to stop its embedded PostgreSQL (SIGINT, fast shutdown) when
 * the JVM dies without closing it, so that a killed server leaves no database running behind it. It signals the
 * postmaster only while {@code postmaster.pid} still names it. Where there is no POSIX shell, nothing is watched
 * and the next start stops the orphan instead ({@link OrphanedPostmaster}).
 */
final class PostmasterWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);
    private static final String SCRIPT = """
            while kill -0 "$1" 2>/dev/null; do sleep 1; done
            if [ "$(head -n 1 "$3" 2>/dev/null)" = "$2" ]; then kill -INT "$2"; fi
            """;

    private final Process watcher;

    private PostmasterWatchdog(Process watcher) {
        this.watcher = watcher;
    }

    static PostmasterWatchdog watch(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(OrphanedPostmaster.PID_FILE);
        Optional<String> postmaster = firstLine(pidFile);
        if (postmaster.isEmpty() || !new File("/bin/sh").canExecute()) {
            log.info("The embedded PostgreSQL is not watched; a killed server's database is stopped at next start");
            return new PostmasterWatchdog(null);
        }
        try {
            Process watcher = new ProcessBuilder("/bin/sh", "-c", SCRIPT, "skillify-postgres-watchdog",
                    Long.toString(ProcessHandle.current().pid()), postmaster.get(), pidFile.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new PostmasterWatchdog(watcher);
        } catch (IOException noShell) {
            log.info("The embedded PostgreSQL is not watched ({}); a killed server's database is stopped at next "
                    + "start", noShell.getMessage());
            return new PostmasterWatchdog(null);
        }
    }

    private static Optional<String> firstLine(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(lines.getFirst().strip());
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** The server closes its database itself: the watcher is no longer needed. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.descendants().forEach(ProcessHandle::destroy);
            watcher.destroy();
        }
    }
}
