package io.skillify.realtime.adapter.out.pusher;

import io.skillify.realtime.application.port.out.RealtimePublisher;
import io.skillify.realtime.application.port.out.RealtimeUnavailableException;
import io.skillify.realtime.domain.RealtimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes realtime messages to a Pusher-protocol server (ADR 0015): each message gets the channel prefix and data
 * that fits Pusher's limit ({@link PayloadGuard}), concurrent calls share requests ({@link MessageBatcher}), every
 * request goes through {@link GuardedPusher}. A caller returns when Pusher accepted its messages or gets
 * {@link RealtimeUnavailableException}, never later than {@link PusherSettings#callerBound()}. A message for a channel
 * name Pusher would refuse is dropped with an error in the log: sending it again could never succeed.
 */
final class PusherRealtimePublisher implements RealtimePublisher, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PusherRealtimePublisher.class);

    private final ChannelNames channels;
    private final PayloadGuard payloads = new PayloadGuard();
    private final PusherRestClient client;
    private final GuardedPusher guarded;
    private final MessageBatcher batcher;
    private final Duration bound;

    PusherRealtimePublisher(PusherSettings settings) {
        this(settings, Clock.systemUTC());
    }

    PusherRealtimePublisher(PusherSettings settings, Clock clock) {
        this.channels = new ChannelNames(settings.channelPrefix());
        this.client = new PusherRestClient(settings, clock);
        this.guarded = new GuardedPusher(settings, client::trigger);
        this.batcher = new MessageBatcher(settings.maxQueuedMessages(), guarded.bulkhead(), guarded::send);
        this.bound = settings.callerBound();
    }

    @Override
    public void publish(List<RealtimeMessage> messages) {
        List<PusherEvent> events = new ArrayList<>(messages.size());
        for (RealtimeMessage message : messages) {
            Optional<String> channel = channels.prefixed(message.channel());
            if (channel.isEmpty()) {
                log.error("Realtime event {} not sent: Pusher refuses the channel name {} (at most {} characters of "
                        + "A-Z a-z 0-9 _ - = @ , . ;, prefix included)", message.name(), message.channel(),
                        ChannelNames.MAX_LENGTH);
                continue;
            }
            events.add(new PusherEvent(channel.get(), message.name(),
                    payloads.dataOf(channel.get(), message.name(), message.data())));
        }
        if (events.isEmpty()) {
            return;
        }
        awaitAccepted(events);
    }

    private void awaitAccepted(List<PusherEvent> events) {
        List<CompletableFuture<Void>> outcomes = batcher.submit(events);
        try {
            CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcomes.forEach(outcome -> outcome.cancel(false));
            throw new RealtimeUnavailableException("Pusher did not accept the events within " + bound, e);
        } catch (InterruptedException e) {
            outcomes.forEach(outcome -> outcome.cancel(false));
            Thread.currentThread().interrupt();
            throw new RealtimeUnavailableException("interrupted while publishing to Pusher", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RealtimeUnavailableException unavailable) {
                throw new RealtimeUnavailableException(unavailable.getMessage(), unavailable);
            }
            throw new RealtimeUnavailableException("publishing to Pusher failed: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    GuardedPusher guard() {
        return guarded;
    }

    @Override
    public void close() {
        batcher.close();
        client.close();
    }
}
