package io.skillify.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Many owners leaving or stepping down at the same instant must never leave a workspace without an owner: the
 * member changes serialize on the workspace, so exactly one owner stays.
 */
class LastOwnerConcurrencyTest extends IntegrationTest {

    private static final int OWNERS = 12;

    @RepeatedTest(3)
    void concurrentOwnersLeavingAlwaysLeaveExactlyOne() throws Exception {
        List<Caller> owners = new ArrayList<>();
        Caller founder = newAccount("founder");
        owners.add(founder);
        UUID workspace = newWorkspace(founder);
        for (int i = 1; i < OWNERS; i++) {
            Caller owner = newAccount("owner-" + i);
            addMember(founder, workspace, owner, "owner");
            owners.add(owner);
        }

        List<Integer> statuses = race(owners, (owner, index) -> index % 2 == 0
                ? owner.api().delete("/api/" + workspace + "/members/" + owner.id())
                : owner.api().patch("/api/" + workspace + "/members/" + owner.id(), Map.of("role", "member")));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(OWNERS - 1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(1);
        long remainingOwners = owners.stream()
                .map(o -> o.api().get("/api/" + workspace))
                .filter(r -> r.status() == 200 && r.data().get("role").asString().equals("owner"))
                .count();
        assertThat(remainingOwners).isEqualTo(1);
    }

    private interface Move {
        ApiResponse make(Caller owner, int index);
    }

    private static List<Integer> race(List<Caller> owners, Move move) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(owners.size())) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < owners.size(); i++) {
                int index = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return move.make(owners.get(index), index).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        }
    }
}
