package io.skillify;

import io.skillify.run.application.port.in.RunEngineControl;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Starts the run dispatcher once the application is ready and stops it (letting steps finish) on shutdown. */
@Component
class RunEngineLifecycle implements SmartLifecycle {

    private final RunEngineControl dispatcher;
    private final EngineProperties properties;
    private volatile boolean running;

    RunEngineLifecycle(RunEngineControl dispatcher, EngineProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (properties.enabled()) {
            dispatcher.start();
        }
        running = true;
    }

    @Override
    public void stop() {
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
