package io.skillify.run;

import static io.skillify.run.RunLogStreamAcrossInstancesTest.assertContiguousHistoryEndingWithEnd;
import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.run.application.port.in.RunEventsQuery;
import io.skillify.run.domain.RunId;
import io.skillify.support.IntegrationTest;
import io.skillify.support.SseClient;
import io.skillify.support.SseClient.Event;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Many streams on few runs: the history of a run is read once per change for all of its streams, not once per
 * stream, and hundreds of streams on many threads all get whole histories. Reads are counted at the query the
 * streams use.
 */
class RunLogFanOutTest extends IntegrationTest {

    private static final Map<UUID, AtomicInteger> READS = new ConcurrentHashMap<>();

    @DynamicPropertySource
    static void manyStreams(DynamicPropertyRegistry registry) {
        registry.add("skillify.sse.max-streams-per-account", () -> 1000);
    }

    @TestConfiguration
    static class CountedReads {

        @Bean
        static BeanPostProcessor countRunHistoryReads() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof RunEventsQuery query)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(RunEventsQuery.class.getClassLoader(),
                            new Class<?>[] {RunEventsQuery.class}, (proxy, method, args) -> {
                                if (args != null && args.length > 1 && args[1] instanceof RunId run) {
                                    READS.computeIfAbsent(run.value(), any -> new AtomicInteger()).incrementAndGet();
                                }
                                try {
                                    return method.invoke(query, args);
                                } catch (InvocationTargetException thrown) {
                                    throw thrown.getCause();
                                }
                            });
                }
            };
        }
    }

    private Caller member;
    private UUID workspace;

    @BeforeEach
    void aWorkspace() {
        member = newAccount("fan-out");
        workspace = newWorkspace(member);
    }

    /** Every stream must see the cancelled run's end: read per stream, that is one read each at least. */
    @Test
    void aChangeIsReadOnceForAllStreamsOfItsRunNotOncePerStream() throws Exception {
        int streams = 50;
        String runId = startRun("60s");
        List<SseClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < streams; i++) {
                SseClient client = SseClient.open(streamUrl(runId), member.key(), null);
                assertThat(client.next()).isNotNull();
                clients.add(client);
            }
            int readsBefore = reads(runId);

            member.api().post("/api/" + workspace + "/runs/" + runId + "/cancel", null);
            List<List<Event>> received = readAll(clients);

            int readsWhileRunning = reads(runId) - readsBefore;
            assertThat(received).allSatisfy(RunLogStreamAcrossInstancesTest::assertTailEndsWithEnd);
            assertThat(readsWhileRunning)
                    .as("reads of the run's history while %d streams followed it to its end", streams)
                    .isPositive().isLessThan(streams / 5);
        } finally {
            clients.forEach(SseClient::close);
        }
    }

    @Test
    void twoHundredStreamsOnTwentyRunsAllGetWholeHistories() throws Exception {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            runs.add(startRun("1s"));
        }
        List<Future<List<Event>>> followed = new ArrayList<>();
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 200; i++) {
                String runId = runs.get(i % runs.size());
                followed.add(readers.submit(() -> {
                    try (SseClient client = SseClient.open(streamUrl(runId), member.key(), null)) {
                        assertThat(client.status()).isEqualTo(200);
                        return client.rest();
                    }
                }));
            }
            for (int i = 0; i < followed.size(); i++) {
                List<Event> events = followed.get(i).get();
                assertContiguousHistoryEndingWithEnd(events);
                assertThat(events).filteredOn(e -> e.name().equals("log")).extracting(Event::data)
                        .anyMatch(data -> data.contains("hello")).anyMatch(data -> data.contains("bye"));
            }
        }
        for (String runId : runs) {
            awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(10));
        }
    }

    private List<List<Event>> readAll(List<SseClient> clients) throws Exception {
        List<Future<List<Event>>> rest = new ArrayList<>();
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (SseClient client : clients) {
                rest.add(readers.submit(client::rest));
            }
            List<List<Event>> all = new ArrayList<>();
            for (Future<List<Event>> one : rest) {
                all.add(one.get());
            }
            return all;
        }
    }

    private String startRun(String pause) {
        String automation = member.api().post("/api/" + workspace + "/automations", Map.of("name", "fan-out", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("hello", "notify.log", Map.of("message", "hello")),
                                node("wait", "flow.delay", Map.of("duration", pause)),
                                node("bye", "notify.log", Map.of("message", "bye"))),
                        "edges", List.of(edge("e1", "start", "hello", null), edge("e2", "hello", "wait", null),
                                edge("e3", "wait", "bye", null)))))
                .data().get("id").asString();
        return member.api().post("/api/" + workspace + "/automations/" + automation + "/runs", Map.of())
                .data().get("id").asString();
    }

    private String streamUrl(String runId) {
        return baseUrl() + "/api/" + workspace + "/runs/" + runId + "/logs/stream";
    }

    private static int reads(String runId) {
        return READS.getOrDefault(UUID.fromString(runId), new AtomicInteger()).get();
    }
}
