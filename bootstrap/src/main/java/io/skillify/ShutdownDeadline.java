package io.skillify;

import java.time.Duration;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * SIGTERM always ends the server: when the graceful shutdown (requests, then the engine, then the database) has not
 * finished {@code SKILLIFY_SHUTDOWN_DEADLINE} (25s) after the JVM began to stop, the process halts. Everything it
 * needs is created when armed, so the halt cannot wait on class loading that a stuck thread holds up. A halted
 * server loses nothing acknowledged: the embedded database is stopped by its watchdog or at the next start.
 */
final class ShutdownDeadline implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String PROPERTY = "skillify.shutdown-deadline";
    private static final Duration DEFAULT = Duration.ofSeconds(25);
    private static final int EXIT_STATUS = 143;

    private boolean armed;

    @Override
    public synchronized void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (armed) {
            return;
        }
        Duration deadline = event.getEnvironment().getProperty(PROPERTY, Duration.class, DEFAULT);
        arm(deadline);
        armed = true;
    }

    private static void arm(Duration deadline) {
        String message = "Skillify did not stop within " + deadline.toSeconds() + "s of being asked to; halting";
        Thread halter = Thread.ofPlatform().daemon().name("shutdown-deadline").unstarted(() -> {
            try {
                Thread.sleep(deadline);
            } catch (InterruptedException stop) {
                return;
            }
            System.err.println(message);
            Runtime.getRuntime().halt(EXIT_STATUS);
        });
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown-deadline-hook").unstarted(halter::start));
    }
}
