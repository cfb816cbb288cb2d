package io.skillify.shared.adapter.in.rest;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.LimitReachedException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * How many live streams (of any kind) each account holds on this instance, at most
 * {@code SKILLIFY_SSE_MAX_STREAMS_PER_ACCOUNT}. A stream takes a slot before it opens and gives it back once, however
 * it ends; accounts holding none take no memory.
 */
@Component
public class StreamSlots {

    private final int maxPerAccount;
    private final Map<AccountId, Integer> held = new ConcurrentHashMap<>();

    StreamSlots(StreamSettings settings) {
        this.maxPerAccount = settings.maxStreamsPerAccount();
    }

    /** A slot for one more stream of the account, or 429 ({@link LimitReachedException}) when it holds the most. */
    public Slot take(AccountId account) {
        boolean[] taken = {false};
        held.compute(account, (id, count) -> {
            int current = count == null ? 0 : count;
            if (current >= maxPerAccount) {
                return current;
            }
            taken[0] = true;
            return current + 1;
        });
        if (!taken[0]) {
            throw new LimitReachedException("Too many open streams", maxPerAccount, maxPerAccount);
        }
        return new Slot(account);
    }

    int held(AccountId account) {
        return held.getOrDefault(account, 0);
    }

    private void giveBack(AccountId account) {
        held.computeIfPresent(account, (id, count) -> count <= 1 ? null : count - 1);
    }

    /** One stream's place; {@link #release()} is safe to call from every way the stream can end. */
    public final class Slot {

        private final AccountId account;
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot(AccountId account) {
            this.account = account;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                giveBack(account);
            }
        }
    }
}
