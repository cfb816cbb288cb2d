package io.skillify.worker.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.workspace.application.port.in.CheckWorkspaceAccessQuery;
import io.skillify.workspace.domain.Role;
import io.skillify.worker.application.port.in.ClaimTasksCommand;
import io.skillify.worker.application.port.in.ClaimTasksUseCase;
import io.skillify.worker.application.port.in.WorkerSettings;
import io.skillify.worker.application.port.out.TaskClaims;
import io.skillify.worker.domain.ClaimedTask;
import io.skillify.worker.domain.event.TaskClaimed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@UseCase
class ClaimService implements ClaimTasksUseCase {

    private final TaskClaims claims;
    private final WorkspaceGate gate;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final WorkerSettings settings;
    private final Clock clock;

    ClaimService(TaskClaims claims, CheckWorkspaceAccessQuery access, TransactionRunner transactions,
                 DomainEventPublisher events, WorkerSettings settings, Clock clock) {
        this.claims = claims;
        this.gate = new WorkspaceGate(access);
        this.transactions = transactions;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<ClaimedTask> claim(ClaimTasksCommand command) {
        command.workspace().ifPresent(workspace -> gate.require(command.actor(), workspace, Role.MEMBER));
        Instant now = clock.instant();
        return transactions.inTransaction(() -> switch (claims.claim(command.policy(), command.runner(), now,
                now.plus(settings.lease()))) {
            case TaskClaims.Refused(var atLimit) -> throw atLimit.refusal();
            case TaskClaims.Handed(List<ClaimedTask> claimed) -> {
                claimed.forEach(one -> events.publish(new TaskClaimed(one.task().workspaceId(), one.task().id(),
                        one.worker().id(), command.actor(), one.worker().createdAt())));
                yield claimed;
            }
        });
    }
}
