package io.skillify.realtime.adapter.in.event;

import io.skillify.realtime.adapter.in.event.api.PusherConfigured;
import io.skillify.realtime.application.port.in.PublishRealtimeUseCase;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.event.RunStarted;
import io.skillify.run.domain.event.RunStepsChanged;
import io.skillify.worker.domain.event.TaskClaimed;
import io.skillify.worker.domain.event.TaskCreated;
import io.skillify.worker.domain.event.TaskFinished;
import io.skillify.worker.domain.event.TaskReassigned;
import io.skillify.worker.domain.event.WorkerCommanded;
import io.skillify.worker.domain.event.WorkerEnded;
import io.skillify.worker.domain.event.WorkerProgressed;
import io.skillify.worker.domain.event.WorkerStarted;
import org.springframework.context.annotation.Conditional;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Relays the events realtime announces (contract §6) from the outbox to Pusher: each is recorded in the event
 * publication registry with the change that caused it and handed over here after the commit, on its own virtual
 * thread. A publication stays incomplete until Pusher took it; a failed one is resubmitted by {@code OutboxUpkeep}
 * and after a restart. Deliberately not an {@code @ApplicationModuleListener}: that opens a transaction, which would
 * hold a database connection for as long as Pusher takes to answer (ADR 0016). Only present when Pusher is
 * configured, so that no outbox row is written for a realtime nobody set up.
 */
@Component
@Conditional(PusherConfigured.class)
class RealtimeRelay {

    private final PublishRealtimeUseCase realtime;

    RealtimeRelay(PublishRealtimeUseCase realtime) {
        this.realtime = realtime;
    }

    @Async
    @TransactionalEventListener
    public void on(TaskCreated event) {
        realtime.publishFor(event);
    }

    @Async
    @TransactionalEventListener
    public void on(TaskClaimed event) {
        realtime.publishFor(event);
    }

    @Async
    @TransactionalEventListener
    public void on(TaskFinished event) {
        realtime.publishFor(event);
    }

    @Async
    @TransactionalEventListener
    public void on(TaskReassigned event) {
        realtime.publishFor(event);
    }

    @Async
    @TransactionalEventListener
    public void on(WorkerStarted event) {
        realtime.publishFor(event);
    }

    @Async
    @TransactionalEventListener
    public void on(WorkerProgressed event) {
        realtime.publishFor(event);
    }

    @Async
    @TransactionalEventListener
    public void on(WorkerEnded event) {
        realtime.publishFor(event);
    }

    @Async
    @TransactionalEventListener
    public void on(WorkerCommanded event) {
        realtime.publishFor(event);
    }

    @Async
    @TransactionalEventListener
    public void on(RunStarted event) {
        realtime.publishFor(event);
    }

    @Async
    @TransactionalEventListener
    public void on(RunStepsChanged event) {
        realtime.publishFor(event);
    }

    @Async
    @TransactionalEventListener
    public void on(RunFinished event) {
        realtime.publishFor(event);
    }
}
