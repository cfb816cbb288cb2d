package io.skillify.shared;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Length limits count characters as a person does: an emoji is one character, not two UTF-16 units. */
class CharacterLengthsTest extends IntegrationTest {

    private static final String EMOJI = "😀";

    private static String emoji(int count) {
        return EMOJI.repeat(count);
    }

    @Test
    void aWorkspaceNameOfOneHundredEmojiIsAcceptedAndOneMoreIsRefused() {
        Caller owner = newAccount("emoji-owner");

        ApiResponse created = owner.api().post("/api/workspaces", Map.of("name", emoji(100)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().get("name").asString()).isEqualTo(emoji(100));

        ApiResponse refused = assertError(owner.api().post("/api/workspaces", Map.of("name", emoji(101))), 400);
        assertThat(detailPaths(refused)).containsExactly("name");
    }

    @Test
    void anAccountNameOfOneHundredEmojiIsAcceptedAndOneMoreIsRefused() {
        ApiResponse created = admin().post("/api/accounts", Map.of("name", emoji(100)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        ApiResponse refused = assertError(admin().post("/api/accounts", Map.of("name", emoji(101))), 400);
        assertThat(detailPaths(refused)).containsExactly("name");
    }

    @Test
    void automationNamesAndDescriptionsCountCharacters() {
        Caller owner = newAccount("emoji-automations");
        UUID workspace = newWorkspace(owner);
        String automations = "/api/" + workspace + "/automations";

        ApiResponse created = owner.api().post(automations,
                Map.of("name", emoji(200), "description", emoji(2000)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.data().get("id").asString();
        ApiResponse renamed = owner.api().patch(automations + "/" + id, Map.of("name", emoji(200)));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

        assertThat(detailPaths(assertError(owner.api().post(automations, Map.of("name", emoji(201))), 400)))
                .containsExactly("name");
        assertThat(detailPaths(assertError(owner.api().post(automations,
                Map.of("name", "ok", "description", emoji(2001))), 400))).containsExactly("description");
    }

    @Test
    void taskTitlesCountCharacters() {
        Caller owner = newAccount("emoji-tasks");
        UUID workspace = newWorkspace(owner);

        ApiResponse created = owner.api().post("/api/tasks",
                Map.of("workspaceId", workspace.toString(), "title", emoji(500), "description", emoji(20_000)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        ApiResponse refused = assertError(owner.api().post("/api/tasks",
                Map.of("workspaceId", workspace.toString(), "title", emoji(501))), 400);
        assertThat(detailPaths(refused)).containsExactly("title");
    }
}
