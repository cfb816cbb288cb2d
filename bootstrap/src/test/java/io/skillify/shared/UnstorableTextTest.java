package io.skillify.shared;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text PostgreSQL cannot store (the NUL character, a lone UTF-16 surrogate) is refused at the door with a 400 that
 * names the field, on every route, and nothing of such a request is stored; it is never a 500.
 */
class UnstorableTextTest extends IntegrationTest {

    private static final String NUL = "\\u0000";
    private static final String LONE_SURROGATE = "\\ud800";

    private Caller member;
    private UUID workspace;

    @BeforeEach
    void aWorkspace() {
        member = newAccount("nul-sender");
        workspace = newWorkspace(member);
    }

    private static void assertRefusedAt(ApiResponse response, String path) {
        assertError(response, 400, "Request body holds text that cannot be stored");
        assertThat(detailPaths(response)).containsExactly(path);
    }

    @Test
    void aNulCharacterInATaskIsRefusedNamingTheFieldAndNothingIsStored() {
        ApiResponse refused = member.api().post("/api/tasks", "{\"workspaceId\":\"" + workspace
                + "\",\"title\":\"ok\",\"context\":{\"cmd\":[\"a\",\"b" + NUL + "c\"]}}");
        assertRefusedAt(refused, "context.cmd[1]");

        assertRefusedAt(member.api().post("/api/" + workspace + "/tasks", "{\"title\":\"x" + NUL + "\"}"), "title");
        assertThat(member.api().get("/api/tasks?workspaceId=" + workspace).json().get("tasks").size()).isZero();
    }

    @Test
    void aNulCharacterInAPropertyNameOrARunInputIsRefused() {
        ApiResponse created = member.api().post("/api/" + workspace + "/automations", Map.of("name", "nul",
                "flow", Map.of("nodes", List.of(Map.of("id", "start", "type", "trigger.manual",
                        "position", Map.of("x", 0, "y", 0), "data", Map.of())), "edges", List.of())));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String runs = "/api/" + workspace + "/automations/" + created.data().get("id").asString() + "/runs";

        assertRefusedAt(member.api().post(runs, "{\"input\":{\"v\":\"a" + NUL + "b\"}}"), "input.v");
        assertRefusedAt(member.api().post(runs, "{\"input\":{\"k" + NUL + "\":1}}"), "input");
        assertThat(member.api().get(runs).json().get("data").size()).isZero();
    }

    @Test
    void aLoneSurrogateIsRefusedToo() {
        assertRefusedAt(member.api().post("/api/" + workspace + "/automations",
                "{\"name\":\"half " + LONE_SURROGATE + " a character\"}"), "name");
    }

    @Test
    void aWholeCharacterOutsideTheBasicPlaneIsStoredAndReadBackFaithfully() {
        ApiResponse created = member.api().post("/api/" + workspace + "/automations",
                "{\"name\":\"rocket \\ud83d\\ude80 and \u00e9\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().get("name").asString()).isEqualTo("rocket \ud83d\ude80 and \u00e9");
    }

    @Test
    void aNulCharacterInAQueryParameterIsA400() {
        ApiResponse refused = member.api().get("/api/" + workspace + "/automations?q=a%00b");
        assertError(refused, 400, "Query parameter holds text that cannot be stored");
        assertThat(detailPaths(refused)).containsExactly("q");
    }
}
