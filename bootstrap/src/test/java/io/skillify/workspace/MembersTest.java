package io.skillify.workspace;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MembersTest extends IntegrationTest {

    private Caller owner;
    private Caller admin;
    private Caller member;
    private UUID workspace;

    @BeforeEach
    void workspaceWithOneOfEachRole() {
        owner = newAccount("owner");
        admin = newAccount("admin-member");
        member = newAccount("plain-member");
        workspace = newWorkspace(owner);
        addMember(owner, workspace, admin, "admin");
        addMember(owner, workspace, member, "member");
    }

    private String members() {
        return "/api/" + workspace + "/members";
    }

    private String memberPath(Caller who) {
        return members() + "/" + who.id();
    }

    @Test
    void membersAreListedWithTheirAccountsInJoiningOrder() {
        ApiResponse list = member.api().get(members());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.data().valueStream().map(m -> m.get("name").asString() + ":" + m.get("role").asString()))
                .containsExactly("owner:owner", "admin-member:admin", "plain-member:member");
        var first = list.data().get(0);
        assertThat(first.get("accountId").asString()).isEqualTo(owner.id().toString());
        assertThat(first.get("type").asString()).isEqualTo("service");
        assertThat(first.get("status").asString()).isEqualTo("active");
        assertThat(first.has("joinedAt")).isTrue();
    }

    @Test
    void membersPageWithACursor() {
        ApiResponse page1 = member.api().get(members() + "?limit=2");
        assertThat(page1.data().size()).isEqualTo(2);
        String cursor = page1.json().get("nextCursor").asString();
        ApiResponse page2 = member.api().get(members() + "?limit=2&cursor=" + cursor);
        assertThat(page2.data().valueStream().map(m -> m.get("name").asString())).containsExactly("plain-member");
        assertThat(page2.json().has("nextCursor")).isFalse();
    }

    @Test
    void anAdminAddsMembersWhoJoinWhenTheyAccept() {
        var newcomer = newAccount("newcomer");
        ApiResponse added = admin.api().post(members(), Map.of("accountId", newcomer.id().toString(), "role", "member"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.data().get("name").asString()).isEqualTo("newcomer");
        assertThat(added.data().get("role").asString()).isEqualTo("member");
        assertThat(added.data().get("status").asString()).isEqualTo("invited");
        assertError(newcomer.api().get("/api/" + workspace), 403, "Forbidden");

        assertThat(newcomer.api().post("/api/invitations/" + workspace + "/accept", Map.of()).status()).isEqualTo(200);
        assertThat(newcomer.api().get("/api/" + workspace).status()).isEqualTo(200);
    }

    @Test
    void anAdminAddsAnAccountItOwnsAtOnce() {
        var ownBot = newAccountBy(admin.api(), "admins-bot");
        ApiResponse added = admin.api().post(members(), Map.of("accountId", ownBot.id().toString(), "role", "member"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.data().get("status").asString()).isEqualTo("active");
        assertThat(ownBot.api().get("/api/" + workspace).status()).isEqualTo(200);
    }

    @Test
    void aMemberCannotAddMembers() {
        var newcomer = newAccount("uninvited");
        assertError(member.api().post(members(), Map.of("accountId", newcomer.id().toString(), "role", "member")),
                403, "Forbidden");
    }

    @Test
    void addingAnExistingMemberConflicts() {
        assertError(owner.api().post(members(), Map.of("accountId", member.id().toString(), "role", "admin")), 409);
    }

    @Test
    void addingAnUnknownAccountIsNotFound() {
        assertError(owner.api().post(members(), Map.of("accountId", UUID.randomUUID().toString(), "role", "member")),
                404, "Account not found");
    }

    @Test
    void onlyOwnersGrantOwner() {
        var newcomer = newAccount("would-be-owner");
        assertError(admin.api().post(members(), Map.of("accountId", newcomer.id().toString(), "role", "owner")),
                403, "Forbidden");
        assertError(admin.api().patch(memberPath(member), Map.of("role", "owner")), 403, "Forbidden");

        ApiResponse promoted = owner.api().patch(memberPath(member), Map.of("role", "owner"));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.data().get("role").asString()).isEqualTo("owner");
    }

    @Test
    void adminsCannotTouchOwners() {
        assertError(admin.api().patch(memberPath(owner), Map.of("role", "member")), 403, "Forbidden");
        assertError(admin.api().delete(memberPath(owner)), 403, "Forbidden");
    }

    @Test
    void adminsChangeRolesOfNonOwners() {
        ApiResponse changed = admin.api().patch(memberPath(member), Map.of("role", "admin"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.data().get("role").asString()).isEqualTo("admin");
    }

    @Test
    void aMemberCannotChangeRoles() {
        assertError(member.api().patch(memberPath(admin), Map.of("role", "member")), 403, "Forbidden");
        assertError(member.api().patch(memberPath(member), Map.of("role", "admin")), 403, "Forbidden");
    }

    @Test
    void theLastOwnerCannotBeDemotedNorLeave() {
        assertError(owner.api().patch(memberPath(owner), Map.of("role", "admin")), 409);
        assertError(owner.api().delete(memberPath(owner)), 409);
        assertThat(owner.api().get("/api/" + workspace).data().get("role").asString()).isEqualTo("owner");
    }

    @Test
    void anOwnerMayLeaveWhenAnotherOwnerRemains() {
        owner.api().patch(memberPath(admin), Map.of("role", "owner"));
        assertThat(owner.api().delete(memberPath(owner)).status()).isEqualTo(200);
        assertError(owner.api().get("/api/" + workspace), 403);
    }

    @Test
    void aMemberMayLeave() {
        assertThat(member.api().delete(memberPath(member)).status()).isEqualTo(200);
        assertError(member.api().get("/api/" + workspace), 403, "Forbidden");
    }

    @Test
    void aMemberCannotRemoveOthers() {
        assertError(member.api().delete(memberPath(admin)), 403, "Forbidden");
    }

    @Test
    void anAdminRemovesMembers() {
        assertThat(admin.api().delete(memberPath(member)).status()).isEqualTo(200);
        assertThat(owner.api().get(members()).raw()).doesNotContain(member.id().toString());
    }

    @Test
    void unknownMembersAreNotFound() {
        assertError(admin.api().patch(members() + "/" + UUID.randomUUID(), Map.of("role", "admin")), 404,
                "Member not found");
        assertError(admin.api().delete(members() + "/" + UUID.randomUUID()), 404, "Member not found");
        assertError(admin.api().delete(members() + "/not-a-uuid"), 404);
    }

    @Test
    void malformedMembershipBodiesNameTheirFields() {
        assertThat(detailPaths(assertError(owner.api().post(members(), Map.of("role", "chief")), 400)))
                .containsExactlyInAnyOrder("accountId", "role");
        assertThat(detailPaths(assertError(owner.api().post(members(), Map.of("accountId", "nope", "role", "member")),
                400))).containsExactly("accountId");
        assertThat(detailPaths(assertError(owner.api().patch(memberPath(member), Map.of("role", "boss")), 400)))
                .containsExactly("role");
        assertThat(detailPaths(assertError(owner.api().patch(memberPath(member), Map.of()), 400)))
                .containsExactly("role");
    }

    @Test
    void membershipOfAnotherWorkspaceIsNotVisibleHere() {
        var stranger = newAccount("stranger-owner");
        UUID other = newWorkspace(stranger);
        assertError(owner.api().get("/api/" + other + "/members"), 403);
        assertError(owner.api().patch("/api/" + workspace + "/members/" + stranger.id(), Map.of("role", "member")),
                404, "Member not found");
    }
}
