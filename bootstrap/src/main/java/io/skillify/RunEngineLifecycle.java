package io.skillify;

import io.skillify.run.application.port.in.FireScheduleTicksUseCase;
import io.skillify.run.application.port.in.RunEngineControl;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts this instance's share of the run engine once the application is ready (the dispatcher, and the schedule
 * ticker every second) and stops it, letting steps finish, on shutdown.
 */
@Component
class RunEngineLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RunEngineLifecycle.class);

    private final RunEngineControl dispatcher;
    private final FireScheduleTicksUseCase schedules;
    private final EngineProperties properties;
    private ScheduledExecutorService ticker;
    private volatile boolean running;

    RunEngineLifecycle(RunEngineControl dispatcher, FireScheduleTicksUseCase schedules, EngineProperties properties,
                       ObjectProvider<MeterRegistry> meters) {
        this.dispatcher = dispatcher;
        this.schedules = schedules;
        this.properties = properties;
        meters.ifAvailable(registry -> Gauge.builder("skillify.engine.runs.in.progress", dispatcher,
                        RunEngineControl::runsInProgress)
                .description("Runs this instance is advancing right now")
                .register(registry));
    }

    @Override
    public void start() {
        if (properties.enabled()) {
            dispatcher.start();
            // a platform thread: its class loading must never pin a carrier of the request threads (ADR 0012)
            ticker = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("schedule-ticker").factory());
            ticker.scheduleWithFixedDelay(this::fireTicks, 1, 1, TimeUnit.SECONDS);
        }
        running = true;
    }

    private void fireTicks() {
        try {
            schedules.fireDueTicks();
        } catch (RuntimeException failure) {
            log.warn("Schedule ticks could not be fired; trying again in a second", failure);
        }
    }

    @Override
    public void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        try {
            dispatcher.stop(Duration.ofSeconds(10));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the web server, so that the engine stops before the database pool closes. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 1024;
    }
}
