package io.skillify.realtime.adapter.out.pusher;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.core.exception.AcquirePermissionCancelledException;
import io.skillify.realtime.application.port.out.RealtimeUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Combines concurrent publishes into requests of up to {@value PusherRestClient#MAX_BATCH} events. Every event waits
 * in a bounded queue (full: refused at once). One dispatcher takes the first waiting event, waits for a sender's
 * permit of the bulkhead, then takes up to nine more (those that gathered meanwhile) and hands the group to a sender
 * (a virtual thread), whose one request's outcome completes exactly the events it carried. Events whose caller
 * stopped waiting are not sent. No linger: a lone event goes at once, and under load events gather while the
 * senders are busy.
 */
final class MessageBatcher implements AutoCloseable {

    private record Pending(PusherEvent event, CompletableFuture<Void> outcome) {
    }

    private final BlockingQueue<Pending> queue;
    private final Bulkhead senderPermits;
    private final Consumer<List<PusherEvent>> sender;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final Thread dispatcher;

    MessageBatcher(int capacity, Bulkhead senderPermits, Consumer<List<PusherEvent>> sender) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.senderPermits = senderPermits;
        this.sender = sender;
        this.dispatcher = Thread.ofVirtual().name("pusher-batcher").start(this::dispatch);
    }

    /**
     * Queues the events; each future completes when Pusher accepted its event, or fails when it was not. Cancelling
     * a future that has not been sent yet keeps its event from being sent. When the queue cannot take them all, none
     * is sent and this fails at once.
     */
    List<CompletableFuture<Void>> submit(List<PusherEvent> events) {
        List<CompletableFuture<Void>> outcomes = new ArrayList<>(events.size());
        for (PusherEvent event : events) {
            CompletableFuture<Void> outcome = new CompletableFuture<>();
            if (!queue.offer(new Pending(event, outcome))) {
                outcomes.forEach(queued -> queued.cancel(false));
                throw new RealtimeUnavailableException(
                        "the realtime queue is full (Pusher is slower than the events arrive)");
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private void dispatch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Pending first = queue.take();
                awaitSenderPermit();
                List<Pending> batch = new ArrayList<>(PusherRestClient.MAX_BATCH);
                batch.add(first);
                queue.drainTo(batch, PusherRestClient.MAX_BATCH - 1);
                List<Pending> wanted = batch.stream().filter(pending -> !pending.outcome().isDone()).toList();
                if (wanted.isEmpty()) {
                    senderPermits.releasePermission();
                    continue;
                }
                senders.execute(() -> send(wanted));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitSenderPermit() throws InterruptedException {
        while (true) {
            try {
                senderPermits.acquirePermission();
                return;
            } catch (BulkheadFullException stillBusy) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            } catch (AcquirePermissionCancelledException closing) {
                throw new InterruptedException();
            }
        }
    }

    private void send(List<Pending> batch) {
        try {
            sender.accept(batch.stream().map(Pending::event).toList());
            batch.forEach(pending -> pending.outcome().complete(null));
        } catch (RuntimeException e) {
            batch.forEach(pending -> pending.outcome().completeExceptionally(e));
        } finally {
            senderPermits.onComplete();
        }
    }

    @Override
    public void close() {
        dispatcher.interrupt();
        senders.shutdownNow();
        RealtimeUnavailableException closing = new RealtimeUnavailableException("the realtime publisher is closing");
        for (Pending pending = queue.poll(); pending != null; pending = queue.poll()) {
            pending.outcome().completeExceptionally(closing);
        }
    }
}
