package skillify.worker;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a worker needs to know.
 *
 * @param server         the Skillify server's base URL, e.g. {@code http://localhost:8080}
 * @param apiKey         the account's API key ({@code bld_…})
 * @param workspaceId    claim only from this workspace; {@code null} for every workspace the account is a member of
 * @param capabilities   what this worker can do; a task is claimed only when it requires none beyond these
 * @param maxTasks       how many tasks run at once (1–50)
 * @param pollInterval   the wait after a claim that found nothing
 * @param reportInterval how often a running task reports, which also renews its lease
 */
public record WorkerConfig(
        URI server,
        String apiKey,
        UUID workspaceId,
        List<String> capabilities,
        int maxTasks,
        Duration pollInterval,
        Duration reportInterval) {

    public static final int MAX_TASKS_LIMIT = 50;
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REPORT_INTERVAL = Duration.ofSeconds(30);

    public WorkerConfig {
        Objects.requireNonNull(server, "server");
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("an API key is required");
        }
        capabilities = List.copyOf(capabilities);
        if (maxTasks < 1 || maxTasks > MAX_TASKS_LIMIT) {
            throw new IllegalArgumentException("maxTasks must be between 1 and " + MAX_TASKS_LIMIT);
        }
        requirePositive(pollInterval, "pollInterval");
        requirePositive(reportInterval, "reportInterval");
    }

    /** Every workspace, no capabilities, one task at a time, the default intervals. */
    public static WorkerConfig defaults(URI server, String apiKey) {
        return new WorkerConfig(server, apiKey, null, List.of(), 1, DEFAULT_POLL_INTERVAL, DEFAULT_REPORT_INTERVAL);
    }

    public WorkerConfig withWorkspace(UUID workspace) {
        return new WorkerConfig(server, apiKey, workspace, capabilities, maxTasks, pollInterval, reportInterval);
    }

    public WorkerConfig withCapabilities(List<String> newCapabilities) {
        return new WorkerConfig(server, apiKey, workspaceId, newCapabilities, maxTasks, pollInterval, reportInterval);
    }

    public WorkerConfig withMaxTasks(int newMaxTasks) {
        return new WorkerConfig(server, apiKey, workspaceId, capabilities, newMaxTasks, pollInterval, reportInterval);
    }

    public WorkerConfig withPollInterval(Duration interval) {
        return new WorkerConfig(server, apiKey, workspaceId, capabilities, maxTasks, interval, reportInterval);
    }

    public WorkerConfig withReportInterval(Duration interval) {
        return new WorkerConfig(server, apiKey, workspaceId, capabilities, maxTasks, pollInterval, interval);
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "WorkerConfig[server=" + server + ", workspaceId=" + workspaceId + ", capabilities=" + capabilities
                + ", maxTasks=" + maxTasks + ", pollInterval=" + pollInterval + ", reportInterval=" + reportInterval + "]";
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
