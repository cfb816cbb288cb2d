package io.skillify.realtime.adapter.out.pusher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.skillify.realtime.adapter.out.pusher.testing.FakePusher;
import io.skillify.realtime.application.port.out.RealtimeUnavailableException;
import io.skillify.realtime.domain.RealtimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The publisher against a signature-checking Pusher endpoint over real HTTP. */
class PusherRealtimePublisherTest {

    private final FakePusher pusher = FakePusher.start();
    private final List<PusherRealtimePublisher> publishers = new ArrayList<>();

    @AfterEach
    void stop() {
        publishers.forEach(PusherRealtimePublisher::close);
        pusher.close();
    }

    @Test
    void publishesSignedEventsThatPusherAccepts() {
        var publisher = publisher(settings("", Duration.ofSeconds(2), 3, 4));

        publisher.publish(List.of(message("task-1", "task:created", Map.of("taskId", "1", "status", "pending"))));

        var event = pusher.awaitEvent("task-1", "task:created");
        assertThat(event.data().path("status").asString()).isEqualTo("pending");
        assertThat(pusher.refusals()).isEmpty();
    }

    @Test
    void sendsManyMessagesInBatchesOfAtMostTen() {
        var publisher = publisher(settings("", Duration.ofSeconds(2), 3, 4));
        List<RealtimeMessage> messages = IntStream.range(0, 25)
                .mapToObj(i -> message("run-" + i, "run:step", Map.of("runId", String.valueOf(i)))).toList();

        publisher.publish(messages);

        assertThat(pusher.events()).hasSize(25);
        assertThat(pusher.acceptedRequestSizes()).allSatisfy(size -> assertThat(size).isBetween(1, 10));
        assertThat(pusher.acceptedRequestSizes()).hasSizeLessThan(25).contains(10);
        assertThat(pusher.refusals()).isEmpty();
    }

    @Test
    void prefixesEveryChannel() {
        var publisher = publisher(settings("staging-", Duration.ofSeconds(2), 3, 4));

        publisher.publish(List.of(message("workspace-7", "task:claimed", Map.of("taskId", "7"))));

        assertThat(pusher.awaitEvent("staging-workspace-7", "task:claimed")).isNotNull();
        assertThat(pusher.eventsOn("workspace-7")).isEmpty();
    }

    @Test
    void trimsDataOverTenKilobytesToItsSmallFields() {
        var publisher = publisher(settings("", Duration.ofSeconds(2), 3, 4));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("runId", "r-1");
        data.put("status", "failed");
        data.put("error", "x".repeat(20_000));

        publisher.publish(List.of(message("run-1", "run:failed", data)));

        var event = pusher.awaitEvent("run-1", "run:failed");
        assertThat(event.data().path("runId").asString()).isEqualTo("r-1");
        assertThat(event.data().path("status").asString()).isEqualTo("failed");
        assertThat(event.data().has("error")).isFalse();
        assertThat(event.data().path("truncated").asBoolean()).isTrue();
        assertThat(pusher.refusals()).isEmpty();
    }

    @Test
    void dropsAMessageWhoseChannelNamePusherWouldRefuseAndSendsTheOthers() {
        var publisher = publisher(settings("", Duration.ofSeconds(2), 3, 4));

        publisher.publish(List.of(message("bad channel", "e", Map.of()), message("x".repeat(201), "e", Map.of()),
                message("task-2", "task:created", Map.of())));

        assertThat(pusher.awaitEvent("task-2", "task:created")).isNotNull();
        assertThat(pusher.events()).hasSize(1);
        assertThat(pusher.refusals()).isEmpty();
    }

    @Test
    void aFailingPusherFailsThePublishThenTheOpenCircuitFailsFastWithoutARequest() {
        var publisher = publisher(settings("", Duration.ofSeconds(2), 2, 4, Duration.ofMinutes(1)));
        pusher.failWith(503);

        for (int call = 0; call < 5; call++) {
            assertThatThrownBy(() -> publisher.publish(List.of(message("task-1", "task:failed", Map.of()))))
                    .isInstanceOf(RealtimeUnavailableException.class);
        }
        assertThat(publisher.guard().breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        int requestsSoFar = pusher.requests();

        assertThatThrownBy(() -> publisher.publish(List.of(message("task-1", "task:failed", Map.of()))))
                .isInstanceOf(RealtimeUnavailableException.class)
                .hasMessageContaining("circuit is open");
        assertThat(pusher.requests()).isEqualTo(requestsSoFar);
    }

    @Test
    void publishesAgainOncePusherRecovers() {
        var publisher = publisher(settings("", Duration.ofSeconds(2), 2, 4));
        pusher.failWith(500);
        for (int call = 0; call < 5; call++) {
            assertThatThrownBy(() -> publisher.publish(List.of(message("task-1", "task:failed", Map.of()))))
                    .isInstanceOf(RealtimeUnavailableException.class);
        }

        pusher.normal();

        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(
                () -> publisher.publish(List.of(message("task-3", "task:completed", Map.of("taskId", "3")))));
        assertThat(pusher.awaitEvent("task-3", "task:completed")).isNotNull();
    }

    @Test
    void aClientErrorOtherThan429IsNotRetried() {
        var publisher = publisher(settings("", Duration.ofSeconds(2), 3, 4));
        pusher.failWith(400);

        assertThatThrownBy(() -> publisher.publish(List.of(message("task-1", "task:failed", Map.of()))))
                .isInstanceOf(RealtimeUnavailableException.class);

        assertThat(pusher.requests()).isEqualTo(1);
    }

    @Test
    void aHangingPusherReleasesEveryCallerWithinTheBoundAndTheBulkheadLimitsRequestsInFlight() throws Exception {
        PusherSettings settings = settings("", Duration.ofSeconds(3), 1, 2);
        var publisher = publisher(settings);
        pusher.hang(Duration.ofSeconds(60));
        List<Callable<Throwable>> callers = IntStream.range(0, 20).<Callable<Throwable>>mapToObj(caller -> () -> {
            List<RealtimeMessage> tenEach = IntStream.range(0, 10)
                    .mapToObj(i -> message("task-" + caller, "task:claimed", Map.of("i", i))).toList();
            try {
                publisher.publish(tenEach);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }).toList();

        List<Throwable> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Throwable>> futures = callers.stream().map(threads::submit).toList();
            await().atMost(Duration.ofSeconds(2)).until(() -> pusher.requests() == 2);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> pusher.requests() == 2);
            for (Future<Throwable> future : futures) {
                outcomes.add(future.get(settings.callerBound().toMillis() + 1_000, TimeUnit.MILLISECONDS));
            }
        }

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(RealtimeUnavailableException.class));
        assertThat(pusher.events()).isEmpty();
    }

    @Test
    void concurrentCallersEachGetTheirOwnOutcome() throws Exception {
        var publisher = publisher(settings("", Duration.ofSeconds(5), 3, 4));
        List<Callable<Throwable>> callers = IntStream.range(0, 64).<Callable<Throwable>>mapToObj(caller -> () -> {
            try {
                publisher.publish(List.of(message("worker-" + caller, "worker:progress", Map.of("n", caller)),
                        message("task-" + caller, "task:claimed", Map.of("n", caller))));
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }).toList();

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Throwable> outcome : threads.invokeAll(callers)) {
                assertThat(outcome.get()).isNull();
            }
        }

        assertThat(pusher.events()).hasSize(128);
        IntStream.range(0, 64).forEach(caller -> {
            assertThat(pusher.eventsOn("worker-" + caller)).hasSize(1);
            assertThat(pusher.eventsOn("task-" + caller)).hasSize(1);
        });
        assertThat(pusher.refusals()).isEmpty();
    }

    @Test
    void theQueueIsBoundedAndRefusesWhatDoesNotFit() {
        PusherSettings small = new PusherSettings(FakePusher.APP_ID, FakePusher.KEY, FakePusher.SECRET, null,
                pusher.host(), pusher.port(), "http", "", Duration.ofMillis(300), 1, Duration.ofMillis(10), 1, 5,
                Duration.ofSeconds(30));
        var publisher = publisher(small);
        pusher.hang(Duration.ofSeconds(30));
        List<RealtimeMessage> many = IntStream.range(0, 100)
                .mapToObj(i -> message("task-" + i, "task:created", Map.of())).toList();

        assertThatThrownBy(() -> publisher.publish(many)).isInstanceOf(RealtimeUnavailableException.class);

        assertThat(pusher.events()).isEmpty();
    }

    private PusherRealtimePublisher publisher(PusherSettings settings) {
        var publisher = new PusherRealtimePublisher(settings);
        publishers.add(publisher);
        return publisher;
    }

    private PusherSettings settings(String prefix, Duration timeout, int attempts, int concurrent) {
        return settings(prefix, timeout, attempts, concurrent, Duration.ofMillis(300));
    }

    private PusherSettings settings(String prefix, Duration timeout, int attempts, int concurrent,
                                    Duration breakerOpenFor) {
        return new PusherSettings(FakePusher.APP_ID, FakePusher.KEY, FakePusher.SECRET, null, pusher.host(),
                pusher.port(), "http", prefix, timeout, attempts, Duration.ofMillis(20), concurrent, 1000,
                breakerOpenFor);
    }

    private static RealtimeMessage message(String channel, String name, Map<String, Object> data) {
        return new RealtimeMessage(channel, name, data);
    }
}
