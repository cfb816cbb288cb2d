package io.skillify.shared.adapter.out.persistence;

import io.skillify.shared.application.ChangeListener;
import io.skillify.shared.application.ChangeSubscription;
import io.skillify.shared.application.port.out.ChangeFeed;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The change feed over PostgreSQL's LISTEN/NOTIFY (ADR 0014): one connection of its own per instance, listening on
 * {@value #CHANNEL} (payload {@code topic:key}), read by one thread that hands each notification to the topic's
 * listeners. When the connection drops it reconnects with backoff and, once listening again, tells every listener
 * it may have missed changes. Started by the first subscription; an instance nobody subscribes on holds nothing.
 */
@Component
class PostgresChangeFeed implements ChangeFeed, DisposableBean {

    static final String CHANNEL = "skillify_changes";
    /** The connection's application_name, which is how an operator (or a test) finds it in pg_stat_activity. */
    static final String APPLICATION_NAME = "skillify-change-feed";

    private static final Logger log = LoggerFactory.getLogger(PostgresChangeFeed.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration LAST_BACKOFF = Duration.ofSeconds(5);
    private static final int WAIT_MILLIS = 500;
    private static final Duration CHECK_WHEN_QUIET = Duration.ofSeconds(10);

    private final ListeningConnections connections;
    private final Map<String, Set<ChangeListener>> listeners = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private Thread reader;

    PostgresChangeFeed(ListeningConnections connections) {
        this.connections = connections;
    }

    @Override
    public ChangeSubscription subscribe(String topic, ChangeListener listener) {
        listeners.computeIfAbsent(topic, any -> new CopyOnWriteArraySet<>()).add(listener);
        startReading();
        return () -> listeners.getOrDefault(topic, Set.of()).remove(listener);
    }

    private synchronized void startReading() {
        if (reader == null && running) {
            reader = Thread.ofPlatform().name("change-feed").daemon().start(this::readForever);
        }
    }

    private void readForever() {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            try (Connection connection = connections.open(APPLICATION_NAME)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                backoff = FIRST_BACKOFF;
                everyListener(ChangeListener::mayHaveMissedChanges);
                read(connection);
            } catch (SQLException | RuntimeException lost) {
                if (!running) {
                    return;
                }
                log.warn("The change feed lost its database connection ({}); listening again in {} ms",
                        lost.getMessage(), backoff.toMillis());
                if (!pause(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(LAST_BACKOFF) > 0 ? LAST_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void read(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : received) {
                    dispatch(notification.getParameter());
                }
            } else if (System.nanoTime() - quietSince > CHECK_WHEN_QUIET.toNanos()) {
                if (!connection.isValid(5)) {
                    throw new SQLException("the listening connection stopped answering");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void dispatch(String payload) {
        int colon = payload.indexOf(':');
        if (colon < 0) {
            return;
        }
        String key = payload.substring(colon + 1);
        for (ChangeListener listener : listeners.getOrDefault(payload.substring(0, colon), Set.of())) {
            tell(listener, () -> listener.changed(key));
        }
    }

    private void everyListener(Consumer<ChangeListener> call) {
        listeners.values().forEach(topic -> topic.forEach(listener -> tell(listener, () -> call.accept(listener))));
    }

    private static void tell(ChangeListener listener, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException failure) {
            log.warn("A change listener failed", failure);
        }
    }

    private boolean pause(Duration backoff) {
        try {
            Thread.sleep(backoff);
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        Thread started;
        synchronized (this) {
            running = false;
            started = reader;
        }
        if (started != null) {
            started.interrupt();
            started.join(Duration.ofSeconds(2));
        }
    }
}
