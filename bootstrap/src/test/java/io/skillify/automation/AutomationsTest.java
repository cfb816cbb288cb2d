package io.skillify.automation;

import static io.skillify.automation.FlowDocuments.branching;
import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutomationsTest extends IntegrationTest {

    private Caller owner;
    private Caller admin;
    private Caller member;
    private UUID workspace;

    @BeforeEach
    void workspaceWithThreeRoles() {
        owner = newAccount("automation-owner");
        admin = newAccount("automation-admin");
        member = newAccount("automation-member");
        workspace = newWorkspace(owner);
        addMember(owner, workspace, admin, "admin");
        addMember(owner, workspace, member, "member");
    }

    private String automations() {
        return "/api/" + workspace + "/automations";
    }

    private String create(Caller who, Map<String, Object> body) {
        ApiResponse created = who.api().post(automations(), body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().get("id").asString();
    }

    @Test
    void aMemberCreatesAnAutomationWithoutAFlow() {
        ApiResponse created = member.api().post(automations(), Map.of("name", "Nightly report", "description", "d"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.data().get("name").asString()).isEqualTo("Nightly report");
        assertThat(created.data().get("description").asString()).isEqualTo("d");
        assertThat(created.data().get("enabled").asBoolean()).isTrue();
        assertThat(created.data().get("currentVersion").asInt()).isZero();
        assertThat(created.data().has("flow")).isFalse();
        assertThat(created.data().get("workspaceId").asString()).isEqualTo(workspace.toString());
        assertThat(created.data().get("createdBy").asString()).isEqualTo(member.id().toString());
    }

    @Test
    void creatingWithAFlowSavesVersionOne() {
        String id = create(member, Map.of("name", "Orders", "flow", branching()));
        ApiResponse read = member.api().get(automations() + "/" + id);
        assertThat(read.data().get("currentVersion").asInt()).isEqualTo(1);
        assertThat(read.data().get("flow").get("nodes").size()).isEqualTo(4);
        assertThat(member.api().get(automations() + "/" + id + "/versions/1").status()).isEqualTo(200);
    }

    @Test
    void anInvalidFlowAtCreationCreatesNothing() {
        var bad = Map.of("nodes", List.of(FlowDocuments.node("x", "no.such", Map.of())), "edges", List.of());
        ApiResponse refused = assertError(member.api().post(automations(), Map.of("name", "Broken", "flow", bad)),
                400);
        assertThat(detailPaths(refused)).contains("nodes[0].type", "nodes");
        assertThat(member.api().get(automations()).data().size()).isZero();
    }

    @Test
    void listingIsNewestFirstSearchableAndPaged() {
        for (String name : List.of("Alpha sync", "Beta report", "Gamma sync")) {
            create(member, Map.of("name", name));
        }
        ApiResponse all = member.api().get(automations());
        assertThat(all.data().valueStream().map(a -> a.get("name").asString()))
                .containsExactly("Gamma sync", "Beta report", "Alpha sync");
        assertThat(all.data().get(0).has("flow")).isFalse();

        ApiResponse search = member.api().get(automations() + "?q=SYNC");
        assertThat(search.data().valueStream().map(a -> a.get("name").asString()))
                .containsExactly("Gamma sync", "Alpha sync");
        assertThat(member.api().get(automations() + "?q=%25").data().size()).isZero();

        List<String> paged = new ArrayList<>();
        ApiResponse page = member.api().get(automations() + "?limit=2");
        page.data().forEach(a -> paged.add(a.get("name").asString()));
        page = member.api().get(automations() + "?limit=2&cursor=" + page.json().get("nextCursor").asString());
        page.data().forEach(a -> paged.add(a.get("name").asString()));
        assertThat(paged).containsExactly("Gamma sync", "Beta report", "Alpha sync");
        assertThat(page.json().has("nextCursor")).isFalse();
    }

    @Test
    void patchChangesOnlyWhatIsGiven() {
        String id = create(member, Map.of("name", "Before", "description", "keep me"));
        ApiResponse changed = member.api().patch(automations() + "/" + id, Map.of("enabled", false));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.data().get("enabled").asBoolean()).isFalse();
        assertThat(changed.data().get("name").asString()).isEqualTo("Before");
        assertThat(changed.data().get("description").asString()).isEqualTo("keep me");

        ApiResponse renamed = member.api().patch(automations() + "/" + id, Map.of("name", "After"));
        assertThat(renamed.data().get("name").asString()).isEqualTo("After");
        assertThat(renamed.data().get("enabled").asBoolean()).isFalse();

        assertThat(detailPaths(assertError(member.api().patch(automations() + "/" + id, Map.of("name", " ")), 400)))
                .containsExactly("name");
        assertThat(detailPaths(assertError(member.api().patch(automations() + "/" + id,
                Map.of("enabled", "perhaps")), 400))).containsExactly("enabled");
    }

    @Test
    void onlyAdminsDelete() {
        String id = create(member, Map.of("name", "Doomed"));
        assertError(member.api().delete(automations() + "/" + id), 403, "Forbidden");
        assertThat(admin.api().delete(automations() + "/" + id).status()).isEqualTo(200);
        assertError(member.api().get(automations() + "/" + id), 404, "Automation not found");
        assertError(admin.api().delete(automations() + "/" + id), 404);
    }

    @Test
    void anAutomationOfAnotherWorkspaceIsNotFound() {
        Caller stranger = newAccount("other-owner");
        UUID otherWorkspace = newWorkspace(stranger);
        addMember(stranger, otherWorkspace, member, "member");
        ApiResponse foreign = stranger.api().post("/api/" + otherWorkspace + "/automations", Map.of("name", "Theirs"));
        String foreignId = foreign.data().get("id").asString();

        assertError(member.api().get(automations() + "/" + foreignId), 404, "Automation not found");
        assertError(member.api().patch(automations() + "/" + foreignId, Map.of("name", "x")), 404);
        assertError(member.api().put(automations() + "/" + foreignId + "/flow", Map.of("flow", branching())), 404);
        assertError(member.api().get(automations() + "/" + foreignId + "/versions"), 404);
        assertError(owner.api().delete(automations() + "/" + foreignId), 404);
        assertError(member.api().get(automations() + "/" + UUID.randomUUID()), 404);
        assertError(member.api().get(automations() + "/not-a-uuid"), 404);
    }

    @Test
    void creationNeedsAName() {
        assertThat(detailPaths(assertError(member.api().post(automations(), Map.of()), 400))).containsExactly("name");
        var tooLong = new HashMap<String, Object>(Map.of("name", "x".repeat(201), "description", "d".repeat(2001)));
        assertThat(detailPaths(assertError(member.api().post(automations(), tooLong), 400)))
                .containsExactlyInAnyOrder("name", "description");
    }
}
