package io.skillify.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

/** Key regenerations that race each other serialize on the account: exactly one key works afterwards. */
class ConcurrentKeyRegenerationTest extends IntegrationTest {

    private static final int CALLS = 8;

    @RepeatedTest(3)
    void parallelRegenerationsLeaveExactlyOneWorkingKey() throws Exception {
        Caller bot = newAccount("racing-rotator");
        CountDownLatch start = new CountDownLatch(1);
        List<String> issued = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(CALLS)) {
            List<Future<ApiResponse>> answers = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return admin().post("/api/accounts/" + bot.id() + "/regenerate-key", null);
                }));
            }
            start.countDown();
            for (Future<ApiResponse> answer : answers) {
                ApiResponse response = answer.get();
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                issued.add(response.data().get("apiKey").asString());
            }
        }

        List<String> working = issued.stream()
                .filter(key -> bot.api().as(key).get("/api/accounts/me").status() == 200)
                .toList();
        assertThat(working).as("keys that still work among %s", issued.size()).hasSize(1);
        assertThat(bot.api().get("/api/accounts/me").status()).as("the original key").isEqualTo(401);
    }
}
