package io.skillify.run.application;

import io.skillify.run.application.port.out.RunRepository;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.StepStatus;
import io.skillify.run.domain.view.RunView;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Stores a new run and runs it here at once when this instance has room, else leaves it to be claimed. */
final class RunLauncher {

    private final RunRepository runs;
    private final RunDispatcher dispatcher;
    private final TransactionRunner transactions;

    RunLauncher(RunRepository runs, RunDispatcher dispatcher, TransactionRunner transactions) {
        this.runs = runs;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
    }

    RunView launch(Run run, String trigger, AccountId actor) {
        return launchIf(run, trigger, actor, Optional.empty()).orElseThrow();
    }

    /**
     * Like {@link #launch}, but only when {@code claim}, run in the same transaction before the insert, says so
     * (a schedule tick that no other instance recorded first).
     */
    Optional<RunView> launchIf(Run run, String trigger, AccountId actor, Optional<BooleanSupplier> claim) {
        Optional<RunDispatcher.Adoption> adoption = dispatcher.tryAdopt();
        BooleanSupplier insert = () -> {
            runs.insert(run, trigger, actor, adoption.map(RunDispatcher.Adoption::owner).orElse(null),
                    adoption.map(RunDispatcher.Adoption::leaseUntil).orElse(null));
            return true;
        };
        boolean stored;
        try {
            stored = claim.isEmpty() ? insert.getAsBoolean()
                    : transactions.inTransaction(() -> claim.get().getAsBoolean() && insert.getAsBoolean());
        } catch (RuntimeException failure) {
            adoption.ifPresent(unused -> dispatcher.abandon());
            throw failure;
        }
        if (!stored) {
            adoption.ifPresent(unused -> dispatcher.abandon());
            return Optional.empty();
        }
        RunView queued = new RunView(run.id(), run.workspaceId(), run.automationId(), run.version(), run.status(),
                trigger, run.input(), run.retryOf(), null, run.createdAt(), null, null,
                run.steps().stream().filter(step -> step.status() != StepStatus.PENDING).toList());
        if (adoption.isPresent()) {
            dispatcher.runAdopted(run);
        } else {
            dispatcher.wake();
        }
        return Optional.of(queued);
    }
}
