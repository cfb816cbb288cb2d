package io.skillify.workspace;

import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route with a {@code {workspaceId}} — today's and any added later — refuses a non-member (an account only
 * invited included) with 403 and an unknown workspace with 404 before its controller runs. A new route cannot forget
 * the check.
 */
class WorkspaceRoutesAreGuardedTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyWorkspaceRouteChecksMembership() {
        var owner = newAccount("guarded-owner");
        UUID workspace = newWorkspace(owner);
        var outsider = newAccount("guard-tester");
        var invited = newAccount("guard-invited");
        ApiResponse invitation = owner.api().post("/api/" + workspace + "/members",
                Map.of("accountId", invited.id().toString(), "role", "owner"));
        assertThat(invitation.data().get("status").asString()).as(invitation.toString()).isEqualTo("invited");
        List<String> routes = new ArrayList<>();

        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("{workspaceId")) {
                    continue;
                }
                for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                    routes.add(verb + " " + pattern);
                    String member = concrete(pattern, workspace);
                    String unknown = concrete(pattern, UUID.randomUUID());
                    assertError(outsider.api().send(verb.name(), member, "{}"), 403, "Forbidden");
                    assertError(invited.api().send(verb.name(), member, "{}"), 403, "Forbidden");
                    assertError(outsider.api().send(verb.name(), unknown, "{}"), 404, "Workspace not found");
                }
            }
        });

        assertThat(routes).as("workspace routes found").contains(
                "GET /api/{workspaceId:[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+}/members");
    }

    private static String concrete(String pattern, UUID workspace) {
        return pattern
                .replaceAll("\\{workspaceId:[^}]*}", workspace.toString())
                .replaceAll("\\{workspaceId}", workspace.toString())
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
}
