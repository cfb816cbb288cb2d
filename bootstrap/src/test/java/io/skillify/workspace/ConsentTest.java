package io.skillify.workspace;

import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Contract §3, consent: an admin can put any account in its workspace only as an invitation. Until the account (or
 * the account that owns it) accepts, it is no member: no workspace route, no workspace in its list, no task for its
 * workers.
 */
class ConsentTest extends IntegrationTest {

    private Caller owner;
    private Caller invitee;
    private UUID workspace;

    @BeforeEach
    void anOwnerInvitesAnAccountItDoesNotOwn() {
        owner = newAccount("consent-owner");
        invitee = newAccount("consent-invitee");
        workspace = newWorkspace(owner);
    }

    @Test
    void anAccountTheCallerDoesNotOwnIsOnlyInvited() {
        ApiResponse invited = invite(invitee, "admin");

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.data().get("accountId").asString()).isEqualTo(invitee.id().toString());
        assertThat(invited.data().get("role").asString()).isEqualTo("admin");
        assertThat(invited.data().get("status").asString()).isEqualTo("invited");
        assertThat(statusesOfMembers()).containsExactly(
                Map.entry(owner.id().toString(), "active"), Map.entry(invitee.id().toString(), "invited"));
    }

    @Test
    void anInvitedAccountIsRefusedEveryWorkspaceRouteAndDoesNotSeeTheWorkspace() {
        invite(invitee, "admin");

        assertError(invitee.api().get("/api/" + workspace), 403, "Forbidden");
        assertError(invitee.api().get(members()), 403, "Forbidden");
        assertError(invitee.api().post(members(), Map.of("accountId", newAccount("friend").id().toString(),
                "role", "member")), 403, "Forbidden");
        assertError(invitee.api().get("/api/" + workspace + "/tasks"), 403, "Forbidden");
        assertError(invitee.api().post("/api/tasks", Map.of("workspaceId", workspace.toString(), "title", "x")), 403);
        assertThat(workspaceIdsOf(invitee)).doesNotContain(workspace.toString());
    }

    @Test
    void anInvitedAccountsWorkersClaimNothingUntilItAccepts() {
        invite(invitee, "member");
        String capability = "consent-" + UUID.randomUUID();
        String task = createTask(owner, capability);

        assertThat(claim(invitee, Map.of("capabilities", List.of(capability)))).isEmpty();
        assertThat(claim(invitee, Map.of("capabilities", List.of(capability), "taskId", task))).isEmpty();
        assertThat(invitee.api().get("/api/tasks").json().get("tasks").valueStream()
                .map(t -> t.get("id").asString())).doesNotContain(task);
        assertThat(invitee.api().post("/api/workers/heartbeat", Map.of()).json().get("pendingTaskCount").asLong())
                .isZero();
        assertThat(owner.api().get("/api/tasks?workspaceId=" + workspace).json().get("tasks").valueStream()
                .map(t -> t.get("id").asString() + ":" + t.get("status").asString()))
                .containsExactly(task + ":pending");

        assertThat(accept(invitee, null).status()).isEqualTo(200);

        List<JsonNode> claimed = claim(invitee, Map.of("capabilities", List.of(capability)));
        assertThat(claimed).extracting(w -> w.get("taskId").asString()).containsExactly(task);
    }

    @Test
    void theInvitedAccountSeesItsInvitationAndAcceptingMakesItAMember() {
        invite(invitee, "admin");

        JsonNode invitation = onlyInvitationOf(invitee);
        assertThat(invitation.get("workspaceId").asString()).isEqualTo(workspace.toString());
        assertThat(invitation.get("workspaceName").asString()).startsWith("ws-");
        assertThat(invitation.get("accountId").asString()).isEqualTo(invitee.id().toString());
        assertThat(invitation.get("role").asString()).isEqualTo("admin");
        assertThat(invitation.get("invitedBy").asString()).isEqualTo(owner.id().toString());
        assertThat(invitation.has("invitedAt")).isTrue();

        ApiResponse accepted = accept(invitee, null);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.data().get("status").asString()).isEqualTo("active");
        assertThat(accepted.data().get("role").asString()).isEqualTo("admin");
        assertThat(invitee.api().get("/api/" + workspace).data().get("role").asString()).isEqualTo("admin");
        assertThat(workspaceIdsOf(invitee)).contains(workspace.toString());
        assertThat(statusesOfMembers()).containsEntry(invitee.id().toString(), "active");
        assertThat(invitee.api().get("/api/invitations").data()).isEmpty();
        assertError(accept(invitee, null), 404, "Invitation not found");
    }

    @Test
    void decliningRemovesTheInvitationAndANewOneMayFollow() {
        invite(invitee, "member");

        ApiResponse declined = invitee.api().delete("/api/invitations/" + workspace);

        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(statusesOfMembers()).doesNotContainKey(invitee.id().toString());
        assertThat(invitee.api().get("/api/invitations").data()).isEmpty();
        assertError(accept(invitee, null), 404, "Invitation not found");
        assertError(invitee.api().delete("/api/invitations/" + workspace), 404, "Invitation not found");
        assertError(invitee.api().get("/api/" + workspace), 403);

        assertThat(invite(invitee, "member").data().get("status").asString()).isEqualTo("invited");
    }

    @Test
    void theOwnerOfAnAccountAnswersForIt() {
        Caller person = newAccount("consent-person");
        Caller bot = newAccountBy(person.api(), "consent-bot");
        Caller other = newAccountBy(person.api(), "consent-other-bot");
        invite(bot, "member");
        invite(other, "member");

        assertThat(person.api().get("/api/invitations").data().valueStream().map(i -> i.get("accountId").asString()))
                .containsExactlyInAnyOrder(bot.id().toString(), other.id().toString());

        ApiResponse accepted = accept(person, bot);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.data().get("accountId").asString()).isEqualTo(bot.id().toString());
        assertThat(bot.api().get("/api/" + workspace).status()).isEqualTo(200);
        assertError(person.api().get("/api/" + workspace), 403);

        ApiResponse declined = person.api().delete("/api/invitations/" + workspace + "?accountId=" + other.id());
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(statusesOfMembers()).containsEntry(bot.id().toString(), "active")
                .doesNotContainKey(other.id().toString());
    }

    @Test
    void nobodyElseCanAnswerAnInvitation() {
        invite(invitee, "member");
        Caller stranger = newAccount("consent-stranger");

        assertError(accept(stranger, invitee), 404, "Invitation not found");
        assertError(accept(stranger, null), 404, "Invitation not found");
        assertError(stranger.api().delete("/api/invitations/" + workspace + "?accountId=" + invitee.id()), 404,
                "Invitation not found");
        assertError(owner.api().post("/api/invitations/" + workspace + "/accept",
                Map.of("accountId", invitee.id().toString())), 404, "Invitation not found");
        assertError(accept(invitee, null, UUID.randomUUID()), 404, "Invitation not found");
        assertThat(stranger.api().get("/api/invitations").data()).isEmpty();

        assertThat(statusesOfMembers()).containsEntry(invitee.id().toString(), "invited");
        assertError(invitee.api().get("/api/" + workspace), 403);
    }

    @Test
    void anAccountTheCallerOwnsDirectlyOrThroughAnotherJoinsAtOnce() {
        Caller bot = newAccountBy(owner.api(), "consent-own-bot");
        Caller botOfBot = newAccountBy(bot.api(), "consent-bot-of-bot");

        assertThat(invite(bot, "member").data().get("status").asString()).isEqualTo("active");
        assertThat(invite(botOfBot, "member").data().get("status").asString()).isEqualTo("active");

        assertThat(bot.api().get("/api/" + workspace).status()).isEqualTo(200);
        assertThat(workspaceIdsOf(botOfBot)).contains(workspace.toString());
    }

    @Test
    void invitingTwiceOrInvitingAMemberConflicts() {
        assertThat(invite(invitee, "member").data().get("status").asString()).isEqualTo("invited");
        Caller member = newAccountBy(owner.api(), "consent-member");
        assertThat(invite(member, "member").data().get("status").asString()).isEqualTo("active");

        assertError(invite(invitee, "admin"), 409, "Account is already invited to this workspace");
        assertError(invite(member, "admin"), 409, "Account is already a member of this workspace");
        assertThat(statusesOfMembers()).hasSize(3);
    }

    @Test
    void removingAnInvitedAccountWithdrawsTheInvitation() {
        invite(invitee, "member");

        assertThat(owner.api().delete(members() + "/" + invitee.id()).status()).isEqualTo(200);

        assertThat(invitee.api().get("/api/invitations").data()).isEmpty();
        assertError(accept(invitee, null), 404, "Invitation not found");
    }

    @Test
    void anAccountInvitedAsOwnerDoesNotLetTheLastOwnerGo() {
        invite(invitee, "owner");

        assertError(owner.api().delete(members() + "/" + owner.id()), 409);
        assertError(owner.api().patch(members() + "/" + owner.id(), Map.of("role", "admin")), 409);
        assertThat(owner.api().get("/api/" + workspace).data().get("role").asString()).isEqualTo("owner");
    }

    private String members() {
        return "/api/" + workspace + "/members";
    }

    private ApiResponse invite(Caller account, String role) {
        return owner.api().post(members(), Map.of("accountId", account.id().toString(), "role", role));
    }

    private ApiResponse accept(Caller caller, Caller forAccount) {
        return accept(caller, forAccount == null ? null : forAccount.id(), workspace);
    }

    private ApiResponse accept(Caller caller, UUID forAccount, UUID inWorkspace) {
        return caller.api().post("/api/invitations/" + inWorkspace + "/accept",
                forAccount == null ? Map.of() : Map.of("accountId", forAccount.toString()));
    }

    private Map<String, String> statusesOfMembers() {
        ApiResponse list = owner.api().get(members());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        Map<String, String> statuses = new LinkedHashMap<>();
        list.data().valueStream().forEach(m -> statuses.put(m.get("accountId").asString(),
                m.path("status").asString("")));
        return statuses;
    }

    private List<String> workspaceIdsOf(Caller caller) {
        return caller.api().get("/api/workspaces").json().get("workspaces").valueStream()
                .map(w -> w.get("id").asString()).toList();
    }

    private JsonNode onlyInvitationOf(Caller caller) {
        ApiResponse list = caller.api().get("/api/invitations");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.data().size()).as(list.toString()).isEqualTo(1);
        return list.data().get(0);
    }

    private String createTask(Caller caller, String capability) {
        ApiResponse created = caller.api().post("/api/tasks", Map.of("workspaceId", workspace.toString(),
                "title", "needs consent", "requiredCapabilities", List.of(capability)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static List<JsonNode> claim(Caller caller, Map<String, Object> body) {
        ApiResponse claimed = caller.api().post("/api/workers/claim", body);
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        return claimed.json().get("workers").valueStream().toList();
    }
}
