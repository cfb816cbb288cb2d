package io.skillify.automation;

import static io.skillify.automation.FlowDocuments.branching;
import static io.skillify.automation.FlowDocuments.edge;
import static io.skillify.automation.FlowDocuments.flow;
import static io.skillify.automation.FlowDocuments.node;
import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookTokenTest extends IntegrationTest {

    private static Map<String, Object> webhookFlow() {
        return flow(List.of(node("hook", "trigger.webhook", Map.of()),
                        node("log", "notify.log", Map.of("message", "got {{input}}"))),
                List.of(edge("e1", "hook", "log")));
    }

    @Test
    void theWebhookIsShownWhileTheCurrentFlowHasAWebhookTriggerAndAdminsRotateIt() {
        Caller owner = newAccount("hook-owner");
        Caller member = newAccount("hook-member");
        UUID workspace = newWorkspace(owner);
        addMember(owner, workspace, member, "member");
        String path = "/api/" + workspace + "/automations/"
                + member.api().post("/api/" + workspace + "/automations", Map.of("name", "Hooked", "flow",
                webhookFlow())).data().get("id").asString();

        ApiResponse read = member.api().get(path);
        String token = read.data().get("webhook").get("token").asString();
        assertThat(token).matches("[0-9a-f]{64}");
        assertThat(read.data().get("webhook").get("url").asString())
                .endsWith("/api/hooks/" + read.data().get("id").asString() + "/" + token)
                .startsWith("http");

        assertError(member.api().post(path + "/webhook/rotate", null), 403, "Forbidden");
        ApiResponse rotated = owner.api().post(path + "/webhook/rotate", null);
        assertThat(rotated.status()).isEqualTo(200);
        String newToken = rotated.data().get("webhook").get("token").asString();
        assertThat(newToken).isNotEqualTo(token).matches("[0-9a-f]{64}");
        assertThat(member.api().get(path).data().get("webhook").get("token").asString()).isEqualTo(newToken);

        member.api().put(path + "/flow", Map.of("flow", branching()));
        assertThat(member.api().get(path).data().has("webhook")).isFalse();
        assertThat(member.api().get(path.substring(0, path.lastIndexOf('/'))).raw()).doesNotContain(newToken);
    }
}
