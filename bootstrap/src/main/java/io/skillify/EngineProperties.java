package io.skillify;

import io.skillify.run.application.port.in.EngineSettings;
import io.skillify.worker.application.port.in.WorkerTaskSettings;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The run engine of this instance: {@code SKILLIFY_ENGINE_LEASE} (30s), {@code SKILLIFY_ENGINE_POLL_INTERVAL}
 * (200ms), {@code SKILLIFY_ENGINE_CLAIM_BATCH} (32), {@code SKILLIFY_ENGINE_CONCURRENCY} (64) and
 * {@code SKILLIFY_ENGINE_ENABLED} (true; false makes an instance serve the API only);
 * {@code SKILLIFY_ENGINE_WORKER_TASK_RECHECK} (30s: how often a waiting {@code worker.task} step looks at its task
 * when nothing woke it, a safety net only).
 */
@ConfigurationProperties("skillify.engine")
record EngineProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration lease,
                        @DefaultValue("200ms") Duration pollInterval, @DefaultValue("32") int claimBatch,
                        @DefaultValue("64") int concurrency, @DefaultValue("30s") Duration workerTaskRecheck) {

    /** The engine's settings; {@code announceSteps} when realtime listens for step changes (Pusher configured). */
    EngineSettings settings(boolean announceSteps) {
        String owner = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new EngineSettings(owner, lease, pollInterval, claimBatch, concurrency, announceSteps);
    }

    WorkerTaskSettings workerTaskSettings() {
        return new WorkerTaskSettings(workerTaskRecheck);
    }
}
