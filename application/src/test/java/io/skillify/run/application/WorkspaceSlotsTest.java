package io.skillify.run.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.shared.domain.WorkspaceId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkspaceSlotsTest {

    private final WorkspaceId busy = new WorkspaceId(UUID.randomUUID());
    private final WorkspaceId other = new WorkspaceId(UUID.randomUUID());

    @Test
    void aWorkspaceHoldsAtMostHalfTheEngineSlotsAndTheOthersStillGetTheirs() {
        WorkspaceSlots slots = WorkspaceSlots.shareOf(64);
        for (int i = 0; i < 32; i++) {
            assertThat(slots.tryTake(busy)).isTrue();
        }

        assertThat(slots.tryTake(busy)).isFalse();
        assertThat(slots.tryTake(other)).isTrue();
    }

    @Test
    void aSlotGivenBackCanBeTakenAgain() {
        WorkspaceSlots slots = WorkspaceSlots.shareOf(1);
        assertThat(slots.tryTake(busy)).isTrue();
        assertThat(slots.tryTake(busy)).isFalse();

        slots.giveBack(busy);

        assertThat(slots.tryTake(busy)).isTrue();
    }
}
