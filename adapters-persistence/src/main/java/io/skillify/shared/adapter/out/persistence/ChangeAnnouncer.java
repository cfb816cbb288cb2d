package io.skillify.shared.adapter.out.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces changes on the change feed (ADR 0014), called by the persistence adapter that wrote them: after the
 * commit (at once when no transaction is open), collected, and sent by one thread, many keys in one NOTIFY
 * transaction. A NOTIFY serialises its transaction's commit behind a database-wide lock; keeping NOTIFY out of the
 * writers' own transactions keeps their commits grouped (measured: a trigger notifying in every engine save halved
 * the engine's runs/s). A change committed but not yet announced when the instance dies is picked up by the
 * listeners' periodic re-read.
 */
@Component
public class ChangeAnnouncer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeAnnouncer.class);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);
    private static final int MOST_WAITING = 100_000;

    private final JdbcTemplate jdbc;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final Semaphore work = new Semaphore(0);
    private volatile boolean running = true;
    private Thread sender;

    ChangeAnnouncer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** "{@code key} of {@code topic} changed", told every listening instance once the current transaction commits. */
    public void announce(String topic, String key) {
        String payload = topic + ":" + key;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    enqueue(payload);
                }
            });
        } else {
            enqueue(payload);
        }
    }

    private void enqueue(String payload) {
        if (waiting.size() < MOST_WAITING) {
            waiting.add(payload);
        }
        startSending();
        work.release();
    }

    private synchronized void startSending() {
        if (sender == null && running) {
            sender = Thread.ofPlatform().name("change-announcer").daemon().start(this::sendForever);
        }
    }

    private void sendForever() {
        while (running) {
            try {
                work.acquire();
            } catch (InterruptedException stopping) {
                return;
            }
            work.drainPermits();
            List<String> batch = new ArrayList<>(waiting);
            batch.forEach(waiting::remove);
            if (!batch.isEmpty() && !send(batch) && !pause()) {
                return;
            }
        }
    }

    private boolean send(List<String> payloads) {
        try {
            jdbc.execute((Connection connection) -> {
                Array array = connection.createArrayOf("text", payloads.toArray());
                try (var notify = connection.prepareStatement(
                        "select count(pg_notify('" + PostgresChangeFeed.CHANNEL + "', payload)) from unnest(?) payload")) {
                    notify.setArray(1, array);
                    notify.executeQuery().close();
                } finally {
                    array.free();
                }
                return null;
            });
            return true;
        } catch (DataAccessException failure) {
            // listeners re-read on their own schedule; these keys are tried again after a pause
            log.warn("Announcing {} changes failed ({}); trying again", payloads.size(), failure.getMessage());
            payloads.forEach(this::requeue);
            return false;
        }
    }

    private void requeue(String payload) {
        if (waiting.size() < MOST_WAITING) {
            waiting.add(payload);
        }
        work.release();
    }

    private boolean pause() {
        try {
            Thread.sleep(PAUSE_AFTER_FAILURE);
            return true;
        } catch (InterruptedException stopping) {
            return false;
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        Thread started;
        synchronized (this) {
            running = false;
            started = sender;
        }
        if (started != null) {
            started.interrupt();
            started.join(Duration.ofSeconds(2));
        }
    }
}
