package io.skillify.worker.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharacterLimitsTest {

    private static final String EMOJI = "😀";

    private static TaskSpec task(String title, String description) {
        return new TaskSpec(title, description, 0, List.of(), JsonObject.EMPTY);
    }

    private static WorkerUpdate currentAction(String text) {
        return new WorkerUpdate(null, null, null, null, null, null, text, null, null);
    }

    @Test
    void a_task_title_and_description_count_characters_not_utf16_units() {
        assertThatCode(() -> task(EMOJI.repeat(TaskSpec.MAX_TITLE), EMOJI.repeat(TaskSpec.MAX_DESCRIPTION)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> task(EMOJI.repeat(TaskSpec.MAX_TITLE + 1), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> task("t", EMOJI.repeat(TaskSpec.MAX_DESCRIPTION + 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_worker_update_text_counts_characters_not_utf16_units() {
        assertThatCode(() -> currentAction(EMOJI.repeat(WorkerUpdate.MAX_TEXT))).doesNotThrowAnyException();
        assertThatThrownBy(() -> currentAction(EMOJI.repeat(WorkerUpdate.MAX_TEXT + 1)))
                .isInstanceOf(InvalidInputException.class);
    }
}
