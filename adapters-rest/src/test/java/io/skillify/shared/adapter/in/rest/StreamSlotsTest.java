package io.skillify.shared.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.LimitReachedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StreamSlotsTest {

    private final StreamSlots slots = new StreamSlots(
            new StreamSettings(Duration.ofSeconds(15), Duration.ofSeconds(5), 3, Duration.ofHours(1), 1000));
    private final AccountId ada = new AccountId(UUID.randomUUID());
    private final AccountId bob = new AccountId(UUID.randomUUID());

    @Test
    void anAccountHoldingTheMostIsRefusedWithLimitAndCurrent() {
        for (int i = 0; i < 3; i++) {
            slots.take(ada);
        }
        assertThatThrownBy(() -> slots.take(ada))
                .isInstanceOf(LimitReachedException.class)
                .hasMessage("Too many open streams")
                .satisfies(e -> assertThat(((LimitReachedException) e).extras())
                        .containsEntry("limit", 3).containsEntry("current", 3));
        assertThat(slots.take(bob)).isNotNull();
    }

    @Test
    void aSlotReleasedTwiceIsGivenBackOnce() {
        StreamSlots.Slot first = slots.take(ada);
        slots.take(ada);
        slots.take(ada);
        first.release();
        first.release();
        slots.take(ada);
        assertThatThrownBy(() -> slots.take(ada)).isInstanceOf(LimitReachedException.class);
    }

    @Test
    void accountsHoldingNoSlotTakeNoRoom() {
        slots.take(ada).release();
        assertThat(slots.held(ada)).isZero();
    }

    @Test
    void concurrentTakersNeverHoldMoreThanTheLimitAndAllReleasesAddUp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        try {
                            StreamSlots.Slot slot = slots.take(ada);
                            assertThat(slots.held(ada)).isBetween(1, 3);
                            slot.release();
                        } catch (LimitReachedException full) {
                            // another thread holds the slots for now
                        }
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(slots.held(ada)).isZero();
    }
}
