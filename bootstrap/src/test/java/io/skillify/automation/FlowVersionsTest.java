package io.skillify.automation;

import static io.skillify.automation.FlowDocuments.branching;
import static io.skillify.automation.FlowDocuments.chain;
import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class FlowVersionsTest extends IntegrationTest {

    private Caller member;
    private String automation;

    @BeforeEach
    void anAutomationWithoutFlow() {
        Caller owner = newAccount("flow-owner");
        member = newAccount("flow-editor");
        UUID workspace = newWorkspace(owner);
        addMember(owner, workspace, member, "member");
        automation = "/api/" + workspace + "/automations/"
                + member.api().post("/api/" + workspace + "/automations", Map.of("name", "Flows")).data().get("id")
                .asString();
    }

    private ApiResponse save(Object flow, Integer expectedVersion) {
        Map<String, Object> body = new HashMap<>();
        body.put("flow", flow);
        if (expectedVersion != null) {
            body.put("expectedVersion", expectedVersion);
        }
        return member.api().put(automation + "/flow", body);
    }

    @Test
    void everySaveIsANewVersion() {
        ApiResponse first = save(branching(), 0);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.data().get("version").asInt()).isEqualTo(1);
        assertThat(save(chain(3), 1).data().get("version").asInt()).isEqualTo(2);
        assertThat(save(chain(4), null).data().get("version").asInt()).isEqualTo(3);

        ApiResponse read = member.api().get(automation);
        assertThat(read.data().get("currentVersion").asInt()).isEqualTo(3);
        assertThat(read.data().get("flow").get("nodes").size()).isEqualTo(4);

        ApiResponse versions = member.api().get(automation + "/versions");
        assertThat(versions.data().valueStream().map(v -> v.get("version").asInt())).containsExactly(3, 2, 1);
        assertThat(versions.data().get(0).has("flow")).isFalse();
        assertThat(versions.data().get(0).get("createdBy").asString()).isEqualTo(member.id().toString());

        ApiResponse v1 = member.api().get(automation + "/versions/1");
        assertThat(v1.data().get("version").asInt()).isEqualTo(1);
        assertThat(v1.data().get("flow").get("nodes").get(1).get("id").asString()).isEqualTo("check");
        assertThat(v1.data().has("createdAt")).isTrue();
        assertError(member.api().get(automation + "/versions/9"), 404, "Version not found");
    }

    @Test
    void aStaleExpectedVersionIsAConflictNamingTheCurrentOne() {
        save(branching(), 0);
        save(chain(2), 1);
        ApiResponse stale = assertError(save(chain(3), 1), 409);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(member.api().get(automation).data().get("currentVersion").asInt()).isEqualTo(2);
    }

    @RepeatedTest(3)
    void twoParallelSavesOfOneVersionGiveOneCreatedAndOneConflict() throws Exception {
        save(branching(), 0);
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<ApiResponse>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int length = i + 2;
                results.add(pool.submit(() -> {
                    start.await();
                    return save(chain(length), 1);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiResponse> result : results) {
                statuses.add(result.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        }
        assertThat(member.api().get(automation).data().get("currentVersion").asInt()).isEqualTo(2);
    }

    @Test
    void manyParallelSavesWithoutExpectedVersionAllLandInOrder() throws Exception {
        int savers = 10;
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(savers)) {
            List<Future<Integer>> versions = new ArrayList<>();
            for (int i = 0; i < savers; i++) {
                versions.add(pool.submit(() -> {
                    start.await();
                    return save(chain(2), null).data().get("version").asInt();
                }));
            }
            start.countDown();
            List<Integer> got = new ArrayList<>();
            for (Future<Integer> version : versions) {
                got.add(version.get());
            }
            assertThat(got).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, savers)
                    .boxed().toList());
        }
    }

    @Test
    void saveNeedsAFlowAndASensibleExpectedVersion() {
        assertThat(io.skillify.support.ErrorAssertions.detailPaths(assertError(
                member.api().put(automation + "/flow", Map.of()), 400))).containsExactly("flow");
        assertThat(io.skillify.support.ErrorAssertions.detailPaths(assertError(
                member.api().put(automation + "/flow", Map.of("flow", branching(), "expectedVersion", -1)), 400)))
                .containsExactly("expectedVersion");
        assertThat(io.skillify.support.ErrorAssertions.detailPaths(assertError(
                member.api().put(automation + "/flow", Map.of("flow", branching(), "expectedVersion", "one")), 400)))
                .containsExactly("expectedVersion");
    }
}
