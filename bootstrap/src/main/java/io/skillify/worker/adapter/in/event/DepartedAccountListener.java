package io.skillify.worker.adapter.in.event;

import io.skillify.identity.domain.event.AccountRevoked;
import io.skillify.worker.application.port.in.ReleaseDepartedWorkUseCase;
import io.skillify.workspace.domain.event.MemberRemoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stops a departed account's live work when the workspace or identity context says it left. A plain
 * {@link EventListener} runs in the publisher's thread and transaction, so the membership removal (or revocation)
 * and the failed workers commit together: once the caller has its answer, the worker's next report gets the 409.
 */
@Component
class DepartedAccountListener {

    private final ReleaseDepartedWorkUseCase release;

    DepartedAccountListener(ReleaseDepartedWorkUseCase release) {
        this.release = release;
    }

    @EventListener
    void on(MemberRemoved removed) {
        release.memberLeft(removed.workspaceId(), removed.accountId());
    }

    @EventListener
    void on(AccountRevoked revoked) {
        release.accountRevoked(revoked.accountId());
    }
}
