package io.skillify.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The server as a separate operating-system process on its embedded PostgreSQL, started either from the test
 * classpath or from the built jar, so that tests can kill it with SIGKILL or stop it with SIGTERM as a user would.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final File output;
    private final Api api;

    private ServerProcess(Process process, File output, int port, String key) {
        this.process = process;
        this.output = output;
        this.api = new Api("http://127.0.0.1:" + port, key);
    }

    /** {@code io.skillify.Skillify} in a child JVM on this test's classpath. */
    public static ServerProcess fromClasspath(Path dataDir, String key) {
        return start(List.of("-cp", System.getProperty("java.class.path"), "io.skillify.Skillify"), dataDir, key);
    }

    /** The executable jar, run as the README says. */
    public static ServerProcess fromJar(Path jar, Path dataDir, String key) {
        return fromJar(jar, dataDir, key, Map.of());
    }

    /** The executable jar with settings in its environment, as the README's configuration table names them. */
    public static ServerProcess fromJar(Path jar, Path dataDir, String key, Map<String, String> environment) {
        return start(List.of("-jar", jar.toString()), dataDir, key, environment);
    }

    private static ServerProcess start(List<String> launch, Path dataDir, String key) {
        return start(launch, dataDir, key, Map.of());
    }

    private static ServerProcess start(List<String> launch, Path dataDir, String key,
            Map<String, String> environment) {
        try {
            int port = freePort();
            File output = File.createTempFile("skillify-server", ".log");
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.add("-Duser.language=en");
            command.addAll(launch);
            command.addAll(List.of("--server.port=" + port, "--skillify.data-dir=" + dataDir,
                    "--skillify.bootstrap-api-key=" + key, "--skillify.rate-limit-per-minute=1000000"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output);
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new ServerProcess(process, output, port, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Api api() {
        return api;
    }

    public ServerProcess awaitHealthy(Duration within) throws InterruptedException {
        try {
            await("the server becomes healthy").atMost(within).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        assertThat(process.isAlive()).as("the server process is running; its log:\n%s", log()).isTrue();
                        try {
                            return api.get("/actuator/health").status() == 200;
                        } catch (RuntimeException notYet) {
                            return false;
                        }
                    });
        } catch (ConditionTimeoutException never) {
            throw new AssertionError("server never became healthy; its log:\n" + log(), never);
        }
        return this;
    }

    /**
     * SIGKILL to the server's JVM alone, as a crash would: no shutdown hook, no chance to stop the embedded
     * PostgreSQL, which is left running as an orphan holding the data directory.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, as a service manager stops a server; true when the process ended within the time given. */
    public boolean terminate(Duration within) throws InterruptedException {
        process.destroy();
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    public long pid() {
        return process.pid();
    }

    public String log() {
        try {
            return Files.readString(output.toPath());
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive() && !terminate(Duration.ofSeconds(30))) {
            kill();
        }
        output.delete();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
