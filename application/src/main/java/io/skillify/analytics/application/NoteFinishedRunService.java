package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.NoteFinishedRunUseCase;
import io.skillify.analytics.application.port.out.AnalyticsInbox;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.shared.application.UseCase;

@UseCase
class NoteFinishedRunService implements NoteFinishedRunUseCase {

    private final AnalyticsInbox inbox;

    NoteFinishedRunService(AnalyticsInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void note(RunFinished run) {
        inbox.add(run.workspaceId(), run.runId());
    }
}
