package io.skillify.shared.application.fakes;

import io.skillify.shared.application.port.out.TransactionRunner;
import java.util.function.Supplier;

/** Runs the work at once, in the caller's thread, and counts the transactions opened. */
public final class DirectTransactions implements TransactionRunner {

    private int opened;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        opened++;
        return work.get();
    }

    public int opened() {
        return opened;
    }
}
