package io.skillify.workspace;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkspacesTest extends IntegrationTest {

    @Test
    void theCreatorBecomesOwner() {
        var alice = newAccount("alice");
        ApiResponse created = alice.api().post("/api/workspaces", Map.of("name", "  Acme  "));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("success").asBoolean()).isTrue();
        assertThat(created.data().get("name").asString()).isEqualTo("Acme");
        assertThat(created.data().get("role").asString()).isEqualTo("owner");
        assertThat(created.data().get("createdBy").asString()).isEqualTo(alice.id().toString());
    }

    @Test
    void myWorkspacesComeInTheBuilddShape() {
        var bob = newAccount("bob");
        UUID first = newWorkspace(bob);
        UUID second = newWorkspace(bob);
        var carol = newAccount("carol");
        UUID carols = newWorkspace(carol);
        addMember(carol, carols, bob, "member");
        newWorkspace(newAccount("dave"));

        ApiResponse mine = bob.api().get("/api/workspaces");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("success").asBoolean()).isTrue();
        assertThat(mine.json().get("workspaces").valueStream()
                .map(w -> w.get("id").asString() + ":" + w.get("role").asString()))
                .containsExactly(first + ":owner", second + ":owner", carols + ":member");
    }

    @Test
    void aMemberReadsTheWorkspaceWithItsOwnRole() {
        var owner = newAccount("owner");
        var member = newAccount("member");
        UUID workspace = newWorkspace(owner);
        addMember(owner, workspace, member, "member");

        ApiResponse read = member.api().get("/api/" + workspace);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.data().get("id").asString()).isEqualTo(workspace.toString());
        assertThat(read.data().get("role").asString()).isEqualTo("member");
    }

    @Test
    void aNonMemberIsForbiddenAndAnUnknownWorkspaceNotFound() {
        UUID workspace = newWorkspace(newAccount("private-owner"));
        var outsider = newAccount("outsider");

        assertError(outsider.api().get("/api/" + workspace), 403, "Forbidden");
        assertError(outsider.api().get("/api/" + workspace + "/members"), 403, "Forbidden");
        assertError(outsider.api().get("/api/" + UUID.randomUUID()), 404, "Workspace not found");
        assertError(anonymous().get("/api/" + workspace), 401, "Unauthorized");
    }

    @Test
    void renamingNeedsAdmin() {
        var owner = newAccount("renaming-owner");
        var admin = newAccount("renaming-admin");
        var member = newAccount("renaming-member");
        UUID workspace = newWorkspace(owner);
        addMember(owner, workspace, admin, "admin");
        addMember(owner, workspace, member, "member");

        assertError(member.api().patch("/api/" + workspace, Map.of("name", "Nope")), 403, "Forbidden");
        ApiResponse renamed = admin.api().patch("/api/" + workspace, Map.of("name", "Renamed"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.data().get("name").asString()).isEqualTo("Renamed");
        assertThat(renamed.data().get("role").asString()).isEqualTo("admin");
        assertThat(owner.api().get("/api/" + workspace).data().get("name").asString()).isEqualTo("Renamed");
    }

    @Test
    void malformedNamesAreRejectedWithTheirPath() {
        var owner = newAccount("validating-owner");
        assertThat(detailPaths(assertError(owner.api().post("/api/workspaces", Map.of("name", " ")), 400)))
                .containsExactly("name");
        assertThat(detailPaths(assertError(owner.api().post("/api/workspaces", Map.of()), 400)))
                .containsExactly("name");
        assertThat(detailPaths(assertError(owner.api().post("/api/workspaces", Map.of("name", "n".repeat(101))),
                400))).containsExactly("name");
        UUID workspace = newWorkspace(owner);
        assertThat(detailPaths(assertError(owner.api().patch("/api/" + workspace, Map.of("name", "")), 400)))
                .containsExactly("name");
    }

    @Test
    void deletingNeedsOwnerAndRemovesEverything() {
        var owner = newAccount("deleting-owner");
        var admin = newAccount("deleting-admin");
        UUID workspace = newWorkspace(owner);
        addMember(owner, workspace, admin, "admin");

        assertError(admin.api().delete("/api/" + workspace), 403, "Forbidden");
        ApiResponse deleted = owner.api().delete("/api/" + workspace);
        assertThat(deleted.status()).isEqualTo(200);

        assertError(owner.api().get("/api/" + workspace), 404, "Workspace not found");
        assertThat(admin.api().get("/api/workspaces").raw()).doesNotContain(workspace.toString());
    }

    @Test
    void nonUuidWorkspaceIdsAreNotFound() {
        var caller = newAccount("typo");
        assertError(caller.api().get("/api/not-a-workspace"), 404);
        assertError(caller.api().get("/api/0190a8c4-zzzz-7000-8000-000000000000"), 404);
        assertError(caller.api().get("/api/0190a8c4-0000-7000-8000"), 404);
    }
}
