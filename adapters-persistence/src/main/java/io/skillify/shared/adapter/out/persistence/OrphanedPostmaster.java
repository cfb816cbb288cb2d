package io.skillify.shared.adapter.out.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL left behind when the server was killed (SIGKILL, power cut of the JVM only): its
 * {@code postmaster.pid} would make the next start fail. Before starting, the postmaster named by that file is shut
 * down (fast shutdown, SIGINT) when, and only when, it is a PostgreSQL server of this very data directory; a file
 * whose process is gone, or is something else, is stale and removed.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    static final String PID_FILE = "postmaster.pid";

    private final Path dataDirectory;
    private final Duration shutdownWait;

    OrphanedPostmaster(Path dataDirectory, Duration shutdownWait) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.shutdownWait = shutdownWait;
    }

    /** Leaves the data directory with no running postmaster and no pid file, or fails saying why. */
    void stopIfRunning() throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        Optional<Long> pid = pidOf(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid.get()).filter(this::isPostmasterOfThisDirectory);
        if (postmaster.isEmpty()) {
            log.warn("Removing the stale {} in {}: process {} is not its PostgreSQL", PID_FILE, dataDirectory,
                    pid.get());
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn("The embedded PostgreSQL of a previous run (process {}) is still running on {}; stopping it",
                pid.get(), dataDirectory);
        fastShutdown(postmaster.get());
        if (!awaitExit(postmaster.get())) {
            throw new IOException("The embedded PostgreSQL of a previous run (process " + pid.get()
                    + ") did not stop within " + shutdownWait.toSeconds() + "s; stop it and start again");
        }
        Files.deleteIfExists(pidFile);
        log.info("The previous embedded PostgreSQL stopped; starting it again");
    }

    private Optional<Long> pidOf(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.of(-1L);
        }
        try {
            return Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (NumberFormatException unreadable) {
            return Optional.of(-1L);
        }
    }

    /** Its program is {@code postgres} and its command line names this data directory after {@code -D}. */
    boolean isPostmasterOfThisDirectory(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(Path::of).map(Path::getFileName).map(Path::toString)
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
        if (!postgres || !process.isAlive()) {
            return false;
        }
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && sameDirectory(arguments[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private boolean sameDirectory(String argument) {
        try {
            Path named = Path.of(argument).toAbsolutePath().normalize();
            return named.equals(dataDirectory) || Files.isSameFile(named, dataDirectory);
        } catch (IOException | RuntimeException notTheSame) {
            return false;
        }
    }

    /** SIGINT: PostgreSQL's fast shutdown (roll back open transactions, checkpoint, exit). */
    private void fastShutdown(ProcessHandle postmaster) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true).start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException noKillCommand) {
            log.debug("No kill command here; falling back to the platform's termination", noKillCommand);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the previous embedded PostgreSQL", interrupted);
        }
        postmaster.destroy();
    }

    private boolean awaitExit(ProcessHandle postmaster) throws IOException {
        try {
            postmaster.onExit().get(shutdownWait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException unexpected) {
            return !postmaster.isAlive();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the previous embedded PostgreSQL", interrupted);
        }
    }
}
