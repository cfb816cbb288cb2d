package io.skillify;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.Api;
import io.skillify.support.ApiResponse;
import io.skillify.support.Flows;
import io.skillify.support.IntegrationTest;
import io.skillify.support.Runs;
import io.skillify.support.Workers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The authorization matrix (issue 15, point 3): every operation of the OpenAPI document the running server publishes
 * × every kind of caller that must be refused, each answered with the contract's status (API.md §1 errors, §2, §3's
 * roles table and consent, §5). A route added later shows up in the document and fails this test until it has its
 * row in {@link #ROUTES}; any route answering 2xx to a caller without credentials fails unless it is listed in
 * {@link #PUBLIC_BY_DESIGN} with its reason.
 *
 * <p>{@code -Dskillify.authz.rounds=N} (long variant, {@code bench/authz-matrix.sh}) repeats the whole matrix on N
 * fresh fixtures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends IntegrationTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final Set<Integer> FORBIDDEN = Set.of(403);
    private static final Set<Integer> NOT_FOUND = Set.of(404);
    private static final Set<Integer> UNAUTHORIZED = Set.of(401);

    /** Who is asking (about the fixture workspace W). {@link Access} says what each kind gets where. */
    enum CallerKind {
        /** No Authorization header. */
        NO_CREDENTIALS,
        /** A well-formed API key no account has. */
        UNKNOWN_KEY,
        /** The key of an owner of W whose account was revoked through {@code DELETE /api/accounts/{id}}. */
        REVOKED_KEY,
        /** An account invited to W as admin that has not accepted. */
        INVITED_NOT_ACCEPTED,
        /** An account with no relation to W. */
        NON_MEMBER,
        /** A member of W (an admin for owner-only routes), and not the owner of W's worker. */
        ROLE_TOO_LOW,
        /** The owner of workspace F using F's path (or its own standing) with W's resource ids. */
        FOREIGN_RESOURCE_ID
    }

    /** Routes any caller may reach without credentials, and why. */
    static final Map<String, String> PUBLIC_BY_DESIGN = Map.of(
            "POST /api/hooks/{automationId}/{token}",
            "webhook trigger: the token in the path is the secret (§4); a wrong token is 404, checked below");

    /** Who may call each operation of the document. A new operation without a row here fails the build. */
    static final Map<String, Access> ROUTES = routes();

    private static Map<String, Access> routes() {
        Map<String, Access> routes = new LinkedHashMap<>();
        // §2: any authenticated account, about itself or the accounts it owns.
        routes.put("GET /api/accounts", Access.anyAccount());
        routes.put("POST /api/accounts", Access.anyAccount().body(f -> Map.of("name", "matrix-made")));
        routes.put("GET /api/accounts/me", Access.anyAccount());
        routes.put("DELETE /api/accounts/{id}", Access.accountOwner());
        routes.put("POST /api/accounts/{id}/regenerate-key", Access.accountOwner());
        routes.put("POST /api/hooks/{automationId}/{token}", Access.publicByDesign().body(f -> Map.of()));
        // §3 invitations: only the invited account (or its owner); anyone else has no pending invitation → 404.
        routes.put("GET /api/invitations", Access.anyAccount());
        routes.put("DELETE /api/invitations/{workspace}", Access.invitation());
        routes.put("POST /api/invitations/{workspace}/accept", Access.invitation().body(f -> Map.of()));
        routes.put("GET /api/node-types", Access.anyAccount());
        // §6: members of the workspace of the channel; 404 while Pusher is not configured (as in this test).
        routes.put("POST /api/pusher/auth", Access.pusher().body(f -> Map.of("socket_id", "123.456",
                "channel_name", "private-workspace-" + f.workspace)));
        // §5 worker protocol: a workspace named in a filter or body the caller is not a member of → 403.
        routes.put("GET /api/tasks", Access.workspaceFilter().query(f -> "workspaceId=" + f.workspace));
        routes.put("POST /api/tasks", Access.workspaceFilter().body(f -> Map.of("workspaceId",
                f.workspace.toString(), "title", "matrix task")));
        routes.put("GET /api/tasks/{taskId}", Access.task("member"));
        routes.put("POST /api/tasks/{taskId}/cancel", Access.task("member"));
        routes.put("POST /api/tasks/{taskId}/reassign", Access.task("admin"));
        routes.put("POST /api/workers/claim", Access.workspaceFilter().orEmptyClaim()
                .body(f -> Map.of("workspaceId", f.workspace.toString())));
        routes.put("POST /api/workers/heartbeat", Access.anyAccount().body(f -> Map.of()));
        routes.put("GET /api/workers/mine", Access.anyAccount());
        routes.put("GET /api/workers/{workerId}", Access.workerOwner());
        routes.put("PATCH /api/workers/{workerId}", Access.workerOwner().body(f -> Map.of("progress", 10)));
        routes.put("POST /api/workers/{workerId}/cmd", Access.workerCommand()
                .body(f -> Map.of("action", "message", "text", "hello")));
        routes.put("GET /api/workspaces", Access.anyAccount());
        routes.put("POST /api/workspaces", Access.anyAccount().body(f -> Map.of("name", "matrix-ws")));
        // §3 and §4: workspace routes, membership then role.
        routes.put("DELETE /api/{workspaceId}", Access.workspace("owner"));
        routes.put("GET /api/{workspaceId}", Access.workspace("member"));
        routes.put("PATCH /api/{workspaceId}", Access.workspace("admin").body(f -> Map.of("name", "renamed")));
        routes.put("GET /api/{workspaceId}/analytics/heatmap", Access.workspace("member"));
        routes.put("GET /api/{workspaceId}/analytics/insights", Access.workspace("member"));
        routes.put("GET /api/{workspaceId}/analytics/live", Access.workspace("member"));
        routes.put("GET /api/{workspaceId}/analytics/success-rate", Access.workspace("member"));
        routes.put("GET /api/{workspaceId}/analytics/trends", Access.workspace("member"));
        routes.put("GET /api/{workspaceId}/automations", Access.workspace("member"));
        routes.put("POST /api/{workspaceId}/automations", Access.workspace("member")
                .body(f -> Map.of("name", "matrix-automation")));
        routes.put("DELETE /api/{workspaceId}/automations/{automationId}", Access.workspace("admin"));
        routes.put("GET /api/{workspaceId}/automations/{automationId}", Access.workspace("member"));
        routes.put("PATCH /api/{workspaceId}/automations/{automationId}", Access.workspace("member")
                .body(f -> Map.of("name", "renamed")));
        routes.put("PUT /api/{workspaceId}/automations/{automationId}/flow", Access.workspace("member")
                .body(f -> Map.of("flow", logFlow())));
        routes.put("GET /api/{workspaceId}/automations/{automationId}/runs", Access.workspace("member"));
        routes.put("POST /api/{workspaceId}/automations/{automationId}/runs", Access.workspace("member")
                .body(f -> Map.of()));
        routes.put("GET /api/{workspaceId}/automations/{automationId}/versions", Access.workspace("member"));
        routes.put("GET /api/{workspaceId}/automations/{automationId}/versions/{version}",
                Access.workspace("member"));
        routes.put("POST /api/{workspaceId}/automations/{automationId}/webhook/rotate", Access.workspace("admin"));
        routes.put("GET /api/{workspaceId}/coach/live", Access.workspace("member"));
        routes.put("GET /api/{workspaceId}/members", Access.workspace("member"));
        routes.put("POST /api/{workspaceId}/members", Access.workspace("admin")
                .body(f -> Map.of("accountId", f.stranger.id().toString(), "role", "member")));
        routes.put("DELETE /api/{workspaceId}/members/{accountId}", Access.workspace("admin"));
        routes.put("PATCH /api/{workspaceId}/members/{accountId}", Access.workspace("admin")
                .body(f -> Map.of("role", "admin")));
        routes.put("GET /api/{workspaceId}/runs/compare", Access.workspace("member")
                .query(f -> "base=" + f.run + "&head=" + f.run));
        routes.put("GET /api/{workspaceId}/runs/{runId}", Access.workspace("member"));
        routes.put("POST /api/{workspaceId}/runs/{runId}/cancel", Access.workspace("member"));
        routes.put("GET /api/{workspaceId}/runs/{runId}/logs", Access.workspace("member"));
        routes.put("GET /api/{workspaceId}/runs/{runId}/logs/stream", Access.workspace("member"));
        routes.put("POST /api/{workspaceId}/runs/{runId}/retry", Access.workspace("member")
                .body(f -> Map.of("from", "start")));
        routes.put("GET /api/{workspaceId}/tasks", Access.workspace("member"));
        routes.put("POST /api/{workspaceId}/tasks", Access.workspace("member")
                .body(f -> Map.of("title", "matrix task")));
        routes.put("GET /api/{workspaceId}/workers", Access.workspace("member"));
        return routes;
    }

    /** One fixture for the first round and the mutation checks (refused calls change nothing, so it can be shared). */
    private Fixture shared;

    private Fixture sharedFixture() {
        if (shared == null) {
            shared = new Fixture();
        }
        return shared;
    }

    @Test
    void everyOperationRefusesEveryCallerItMustRefuseWithTheContractsStatus() {
        JsonNode document = anonymous().get("/v3/api-docs").json();
        List<String> operations = operationsOf(document);
        assertThat(operations).as("operations of /v3/api-docs").hasSizeGreaterThan(40);
        assertThat(new TreeSet<>(operations)).as("every operation of the document needs its row in ROUTES "
                + "(who may call it); a row for an operation the document no longer has must go")
                .isEqualTo(new TreeSet<>(ROUTES.keySet()));

        int rounds = Integer.getInteger("skillify.authz.rounds", 1);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (int round = 0; round < rounds; round++) {
            Fixture fixture = round == 0 ? sharedFixture() : new Fixture();
            for (String operation : operations) {
                for (CallerKind kind : CallerKind.values()) {
                    Set<Integer> expected = ROUTES.get(operation).expected(kind, operation);
                    if (expected == null) {
                        continue;
                    }
                    checked++;
                    ApiResponse answer = fixture.call(operation, kind);
                    if (answer.status() == 200 && ROUTES.get(operation).emptyClaimAllowed
                            && !answer.json().path("workers").isEmpty()) {
                        wrong.add(operation + " as " + kind + ": claimed from a workspace it is not a member of");
                    } else if (!expected.contains(answer.status())) {
                        wrong.add(operation + " as " + kind + ": got " + answer.status() + ", expected "
                                + expected + " — " + abbreviated(answer.raw()));
                    } else if (answer.status() >= 400) {
                        String problem = refusalProblem(kind, answer, fixture);
                        if (problem != null) {
                            wrong.add(operation + " as " + kind + ": " + problem + " — " + abbreviated(answer.raw()));
                        }
                    }
                }
            }
            fixture.assertUntouched(wrong);
        }
        System.out.printf("Authorization matrix: %s, %d checks over %d operations × %d callers, %d round(s), "
                + "%d wrong%n", wrong.isEmpty() ? "PASS" : "FAIL", checked, operations.size(),
                CallerKind.values().length, rounds, wrong.size());
        assertThat(wrong).as("%d checks over %d operations, %d round(s)", checked, operations.size(), rounds)
                .isEmpty();
    }

    @Test
    void aForeignPatchOrDeleteLeavesTheResourceAsItWas() {
        Fixture fixture = sharedFixture();
        String foreignPath = "/api/" + fixture.foreignWorkspace + "/automations/" + fixture.automation;

        ApiResponse patched = fixture.foreignOwner.api().patch(foreignPath, Map.of("name", "hijacked",
                "enabled", false));
        ApiResponse deleted = fixture.foreignOwner.api().delete(foreignPath);
        ApiResponse removed = fixture.foreignOwner.api().delete("/api/" + fixture.foreignWorkspace + "/members/"
                + fixture.target.id());

        assertThat(patched.status()).as(patched.toString()).isEqualTo(404);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(404);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(404);
        List<String> wrong = new ArrayList<>();
        fixture.assertUntouched(wrong);
        assertThat(wrong).isEmpty();
        JsonNode automation = fixture.owner.api().get("/api/" + fixture.workspace + "/automations/"
                + fixture.automation).data();
        assertThat(automation.get("enabled").asBoolean()).isTrue();
    }

    @Test
    void publicRoutesAreExactlyTheOnesListedAndAWrongWebhookTokenFindsNothing() {
        assertThat(PUBLIC_BY_DESIGN.keySet()).isEqualTo(ROUTES.entrySet().stream()
                .filter(route -> route.getValue().kind == Access.Kind.PUBLIC).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet()));
        Caller owner = newAccount("matrix-hook-owner");
        UUID workspace = newWorkspace(owner);
        Map<String, Object> hookFlow = Flows.chain(Flows.node("hook", "trigger.webhook", Map.of()),
                Flows.node("log", "notify.log", Map.of("message", "hello")));
        ApiResponse created = owner.api().post("/api/" + workspace + "/automations",
                Map.of("name", "hooked", "flow", hookFlow));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String automation = created.data().get("id").asString();
        String token = owner.api().get("/api/" + workspace + "/automations/" + automation).data()
                .path("webhook").path("token").asString();
        assertThat(token).isNotBlank();

        ApiResponse wrongToken = anonymous().post("/api/hooks/" + automation + "/" + "0".repeat(token.length()),
                Map.of());
        ApiResponse rightToken = anonymous().post("/api/hooks/" + automation + "/" + token, Map.of());

        assertThat(wrongToken.status()).as(wrongToken.toString()).isEqualTo(404);
        assertThat(wrongToken.raw()).doesNotContain("hooked");
        assertThat(rightToken.status()).as(rightToken.toString()).isEqualTo(202);
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous().get("/v3/api-docs").status()).isEqualTo(200);
    }

    /** What is wrong with a refusal's body, or null: the contract's error shape (§1), §2's messages, no leak. */
    private static String refusalProblem(CallerKind kind, ApiResponse answer, Fixture fixture) {
        if (answer.json() == null || answer.json().path("success").asBoolean(true) || answer.error() == null) {
            return "not the contract's error shape";
        }
        if (answer.raw().contains(fixture.secretName)) {
            return "the refusal shows the automation's name";
        }
        String expectedMessage = switch (kind) {
            case NO_CREDENTIALS -> "Unauthorized";
            case UNKNOWN_KEY, REVOKED_KEY -> "Invalid API key";
            default -> null;
        };
        return expectedMessage == null || expectedMessage.equals(answer.error()) ? null
                : "error '" + answer.error() + "' instead of '" + expectedMessage + "'";
    }

    private static List<String> operationsOf(JsonNode document) {
        List<String> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> {
            for (String method : METHODS) {
                if (!path.getValue().path(method).isMissingNode()) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        });
        return operations;
    }

    private static Map<String, Object> logFlow() {
        return Flows.chain(Flows.node("start", "trigger.manual", Map.of()),
                Flows.node("log", "notify.log", Map.of("message", "hello")));
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    /**
     * Who may call an operation, and so what each kind of caller gets. {@code null} for a caller kind means the
     * case does not exist for this route (a member-level route has no role too low; an any-account route has no
     * workspace to be foreign to) or the caller is allowed by design.
     */
    static final class Access {

        enum Kind { PUBLIC, ANY_ACCOUNT, ACCOUNT_OWNER, INVITATION, PUSHER, WORKSPACE_FILTER, TASK, WORKER_OWNER,
            WORKER_COMMAND, WORKSPACE }

        final Kind kind;
        final String role;
        java.util.function.Function<Fixture, Object> body = f -> null;
        java.util.function.Function<Fixture, String> query;
        boolean emptyClaimAllowed;

        private Access(Kind kind, String role) {
            this.kind = kind;
            this.role = role;
        }

        static Access publicByDesign() {
            return new Access(Kind.PUBLIC, null);
        }

        static Access anyAccount() {
            return new Access(Kind.ANY_ACCOUNT, null);
        }

        static Access accountOwner() {
            return new Access(Kind.ACCOUNT_OWNER, null);
        }

        static Access invitation() {
            return new Access(Kind.INVITATION, null);
        }

        static Access pusher() {
            return new Access(Kind.PUSHER, null);
        }

        static Access workspaceFilter() {
            return new Access(Kind.WORKSPACE_FILTER, null);
        }

        static Access task(String role) {
            return new Access(Kind.TASK, role);
        }

        static Access workerOwner() {
            return new Access(Kind.WORKER_OWNER, null);
        }

        static Access workerCommand() {
            return new Access(Kind.WORKER_COMMAND, "admin");
        }

        static Access workspace(String role) {
            return new Access(Kind.WORKSPACE, role);
        }

        /** Whether the operation names something inside the workspace (a path variable or a run to compare). */
        private boolean namesAResource(String operation) {
            return operation.replace("{workspaceId}", "").contains("{") || query != null;
        }

        Access body(java.util.function.Function<Fixture, Object> body) {
            this.body = body;
            return this;
        }

        Access query(java.util.function.Function<Fixture, String> query) {
            this.query = query;
            return this;
        }

        Access orEmptyClaim() {
            emptyClaimAllowed = true;
            return this;
        }

        Set<Integer> expected(CallerKind caller, String operation) {
            if (kind == Kind.PUBLIC) {
                return null;
            }
            return switch (caller) {
                case NO_CREDENTIALS, UNKNOWN_KEY, REVOKED_KEY -> UNAUTHORIZED;
                case INVITED_NOT_ACCEPTED, NON_MEMBER -> switch (kind) {
                    // §3: a workspace the caller is not in is 403; consent: an invitation is no membership.
                    case WORKSPACE, WORKSPACE_FILTER -> emptyClaimAllowed ? Set.of(403, 200) : FORBIDDEN;
                    // §1: a resource of a workspace the caller is not in is not found for it.
                    case TASK -> NOT_FOUND;
                    // §5: only the claiming account reads or updates its worker (403 for any other account);
                    // a command to a worker of a workspace the caller is not in is not found (api-decisions.md).
                    case WORKER_OWNER -> FORBIDDEN;
                    case WORKER_COMMAND -> NOT_FOUND;
                    // §2: the accounts another account owns are not found for the caller.
                    case ACCOUNT_OWNER -> NOT_FOUND;
                    // The invited account may accept or decline; anyone else has no invitation there → 404.
                    case INVITATION -> caller == CallerKind.INVITED_NOT_ACCEPTED ? null : NOT_FOUND;
                    case PUSHER -> Set.of(403, 404);
                    default -> null;
                };
                case ROLE_TOO_LOW -> switch (kind) {
                    case WORKSPACE, TASK, WORKER_COMMAND -> "member".equals(role) ? null : FORBIDDEN;
                    case WORKER_OWNER -> FORBIDDEN;
                    case INVITATION -> NOT_FOUND;
                    default -> null;
                };
                case FOREIGN_RESOURCE_ID -> switch (kind) {
                    // §3: a resource id from another workspace under this workspace's path is 404.
                    case WORKSPACE -> namesAResource(operation) ? NOT_FOUND : null;
                    case TASK -> NOT_FOUND;
                    case WORKER_OWNER -> FORBIDDEN;
                    case WORKER_COMMAND -> NOT_FOUND;
                    case ACCOUNT_OWNER -> NOT_FOUND;
                    default -> null;
                };
            };
        }
    }

    /**
     * A workspace with one of everything (automation, run, task, claimed worker, members of each role, an invited
     * account, a revoked one) and the callers of every kind.
     */
    final class Fixture {

        final String secretName = "secret-" + UUID.randomUUID();
        final Caller owner = newAccount("matrix-owner");
        final UUID workspace = newWorkspace(owner);
        final Caller admin = newAccount("matrix-admin");
        final Caller member = newAccount("matrix-member");
        final Caller target = newAccount("matrix-target");
        final Caller invited = newAccount("matrix-invited");
        final Caller stranger = newAccount("matrix-stranger");
        final Caller foreignOwner = newAccount("matrix-foreign");
        final UUID foreignWorkspace = newWorkspace(foreignOwner);
        final Caller ownedAccount = newAccountBy(owner.api(), "matrix-owned");
        final String revokedKey;
        final String unknownKey = "bld_" + HexFormat.of().formatHex(randomBytes());
        final String automation;
        final String run;
        final String task;
        final String worker;
        private final JsonNode automationBefore;
        private final JsonNode membersBefore;

        Fixture() {
            addMember(owner, workspace, admin, "admin");
            addMember(owner, workspace, member, "member");
            addMember(owner, workspace, target, "member");
            ApiResponse invitation = owner.api().post("/api/" + workspace + "/members",
                    Map.of("accountId", invited.id().toString(), "role", "admin"));
            assertThat(invitation.data().get("status").asString()).as(invitation.toString()).isEqualTo("invited");
            Caller revoked = newAccount("matrix-revoked");
            addMember(owner, workspace, revoked, "owner");
            ApiResponse revocation = admin().delete("/api/accounts/" + revoked.id());
            assertThat(revocation.status()).as(revocation.toString()).isBetween(200, 204);
            revokedKey = revoked.key();

            ApiResponse created = owner.api().post("/api/" + workspace + "/automations",
                    Map.of("name", secretName, "flow", logFlow()));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            automation = created.data().get("id").asString();
            run = Runs.start(owner.api(), workspace, automation, null);
            Runs.awaitEnd(owner.api(), workspace, run, Duration.ofSeconds(20));
            ApiResponse createdTask = owner.api().post("/api/" + workspace + "/tasks", Map.of("title", "matrix"));
            assertThat(createdTask.status()).as(createdTask.toString()).isEqualTo(201);
            task = createdTask.data().get("id").asString();
            worker = Workers.awaitClaim(owner.api(), Map.of("workspaceId", workspace.toString(), "taskId", task))
                    .getFirst().get("id").asString();
            automationBefore = withoutVolatile(automationAsOwnerSees());
            membersBefore = owner.api().get("/api/" + workspace + "/members").data();
        }

        ApiResponse call(String operation, CallerKind kind) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            Access access = ROUTES.get(operation);
            UUID pathWorkspace = kind == CallerKind.FOREIGN_RESOURCE_ID ? foreignWorkspace : workspace;
            String path = fill(template, pathWorkspace);
            String query = access.query == null ? null : access.query.apply(this);
            if (query != null) {
                path += "?" + query;
            }
            return callerOf(kind, access).send(method, path, access.body.apply(this));
        }

        private Api callerOf(CallerKind kind, Access access) {
            return switch (kind) {
                case NO_CREDENTIALS -> anonymous();
                case UNKNOWN_KEY -> anonymous().as(unknownKey);
                case REVOKED_KEY -> anonymous().as(revokedKey);
                case INVITED_NOT_ACCEPTED -> invited.api();
                case NON_MEMBER -> stranger.api();
                case ROLE_TOO_LOW -> "owner".equals(access.role) ? admin.api() : member.api();
                case FOREIGN_RESOURCE_ID -> foreignOwner.api();
            };
        }

        private String fill(String template, UUID pathWorkspace) {
            Map<String, String> values = new HashMap<>();
            values.put("workspaceId", pathWorkspace.toString());
            values.put("workspace", workspace.toString());
            values.put("automationId", automation);
            values.put("version", "1");
            values.put("runId", run);
            values.put("taskId", task);
            values.put("workerId", worker);
            values.put("accountId", target.id().toString());
            values.put("id", ownedAccount.id().toString());
            values.put("token", "0".repeat(43));
            Matcher variables = PATH_VARIABLE.matcher(template);
            StringBuilder path = new StringBuilder();
            while (variables.find()) {
                String value = values.get(variables.group(1));
                assertThat(value).as("a fixture value for the path variable {%s} of %s", variables.group(1),
                        template).isNotNull();
                variables.appendReplacement(path, value);
            }
            variables.appendTail(path);
            return path.toString();
        }

        /** The refused calls changed nothing the owner can see. */
        void assertUntouched(List<String> wrong) {
            JsonNode automationNow = automationAsOwnerSees();
            if (automationNow == null) {
                wrong.add("the fixture automation is gone after the refused calls");
            } else if (!withoutVolatile(automationNow).equals(automationBefore)) {
                wrong.add("the fixture automation changed: " + automationBefore + " → " + automationNow);
            }
            JsonNode membersNow = owner.api().get("/api/" + workspace + "/members").data();
            if (!membersBefore.equals(membersNow)) {
                wrong.add("the members changed: " + membersBefore + " → " + membersNow);
            }
            ApiResponse stillThere = owner.api().get("/api/" + workspace);
            if (stillThere.status() != 200 || !stillThere.raw().contains(workspace.toString())) {
                wrong.add("the workspace changed: " + stillThere);
            }
        }

        private JsonNode automationAsOwnerSees() {
            ApiResponse answer = owner.api().get("/api/" + workspace + "/automations/" + automation);
            return answer.status() == 200 ? answer.data() : null;
        }

        private JsonNode withoutVolatile(JsonNode automation) {
            var copy = automation.deepCopy();
            if (copy instanceof tools.jackson.databind.node.ObjectNode object) {
                object.remove("lastRunAt");
                object.remove("runCount");
            }
            return copy;
        }

        private byte[] randomBytes() {
            byte[] bytes = new byte[32];
            ThreadLocalRandom.current().nextBytes(bytes);
            return bytes;
        }
    }
}
