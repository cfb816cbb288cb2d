package io.skillify.automation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.skillify.automation.domain.event.AutomationRenamed;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AutomationFlowVersionsTest {

    private static final Instant CREATED_AT = Instant.parse("2025-01-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2025-01-02T09:00:00Z");
    private static final Instant LATEST = Instant.parse("2025-01-03T09:00:00Z");

    private final AccountId creator = new AccountId(UUID.randomUUID());
    private final AccountId editor = new AccountId(UUID.randomUUID());
    private final AutomationId id = new AutomationId(UUID.randomUUID());
    private final WorkspaceId workspaceId = new WorkspaceId(UUID.randomUUID());
    private final Automation automation = Automation.create(id, workspaceId, new AutomationName("Nightly report"),
            new AutomationDescription("Mails the report"), new WebhookToken("a".repeat(64)), creator, CREATED_AT);

    /** A stored one-node flow, restored as the persistence adapter would. */
    private static FlowGraph aFlow() {
        JsonObject trigger = new JsonObject(Map.of("id", new JsonString("start"),
                "type", new JsonString("trigger.webhook")));
        return FlowGraph.restore(new JsonObject(Map.of("nodes", new JsonArray(List.of(trigger)),
                "edges", new JsonArray(List.of()))));
    }

    @Test
    void a_new_automation_has_no_flow() {
        assertThat(automation.currentVersion()).isZero();
        assertThat(automation.enabled()).isTrue();
    }

    @Test
    void saved_flows_are_numbered_from_1() {
        FlowGraph flow = aFlow();

        FlowVersion first = automation.saveFlow(flow, null, creator, LATER);
        FlowVersion second = automation.saveFlow(flow, null, editor, LATER);
        FlowVersion third = automation.saveFlow(flow, null, editor, LATEST);

        assertThat(List.of(first, second, third)).extracting(FlowVersion::version).containsExactly(1, 2, 3);
        assertThat(automation.currentVersion()).isEqualTo(3);
        assertThat(third).isEqualTo(new FlowVersion(id, 3, flow, editor, LATEST));
        assertThat(automation.updatedAt()).isEqualTo(LATEST);
    }

    @Test
    void a_save_against_the_current_version_succeeds() {
        FlowVersion first = automation.saveFlow(aFlow(), 0, creator, LATER);
        FlowVersion second = automation.saveFlow(aFlow(), 1, editor, LATEST);

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(automation.currentVersion()).isEqualTo(2);
    }

    @Test
    void a_save_against_a_stale_version_is_a_conflict_naming_the_current_version() {
        automation.saveFlow(aFlow(), null, creator, LATER);
        automation.saveFlow(aFlow(), null, creator, LATER);

        StaleVersionException stale = catchThrowableOfType(StaleVersionException.class,
                () -> automation.saveFlow(aFlow(), 1, editor, LATEST));

        assertThat(stale.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(stale.extras()).containsExactly(Map.entry("currentVersion", 2));
        assertThat(stale).hasMessageContaining("expected version 1").hasMessageContaining("current version is 2");
        assertThat(automation.currentVersion()).isEqualTo(2);
        assertThat(automation.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void a_save_against_a_version_from_the_future_is_a_conflict_too() {
        automation.saveFlow(aFlow(), null, creator, LATER);

        StaleVersionException stale = catchThrowableOfType(StaleVersionException.class,
                () -> automation.saveFlow(aFlow(), 2, editor, LATEST));

        assertThat(stale.extras()).containsEntry("currentVersion", 1);
        assertThat(automation.currentVersion()).isEqualTo(1);
    }

    @Test
    void the_first_save_expects_version_0() {
        StaleVersionException stale = catchThrowableOfType(StaleVersionException.class,
                () -> automation.saveFlow(aFlow(), 1, creator, LATER));

        assertThat(stale.extras()).containsEntry("currentVersion", 0);
        assertThat(automation.currentVersion()).isZero();
    }

    @Test
    void a_save_without_an_expected_version_always_succeeds() {
        automation.saveFlow(aFlow(), 0, creator, LATER);
        automation.saveFlow(aFlow(), 1, creator, LATER);

        FlowVersion saved = automation.saveFlow(aFlow(), null, editor, LATEST);

        assertThat(saved.version()).isEqualTo(3);
        assertThat(saved.createdBy()).isEqualTo(editor);
    }

    @Test
    void versions_start_at_1() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FlowVersion(id, 0, aFlow(), creator, LATER));
    }

    @Test
    void change_with_nulls_keeps_every_field() {
        Optional<AutomationRenamed> renamed = automation.change(null, null, null, LATER);

        assertThat(automation.name()).isEqualTo(new AutomationName("Nightly report"));
        assertThat(automation.description()).isEqualTo(new AutomationDescription("Mails the report"));
        assertThat(automation.enabled()).isTrue();
        assertThat(automation.updatedAt()).isEqualTo(LATER);
        assertThat(renamed).isEmpty();
    }

    @Test
    void change_changes_only_what_is_given() {
        Optional<AutomationRenamed> renamed = automation.change(new AutomationName("Weekly report"), null, false,
                LATER);

        assertThat(automation.name().value()).isEqualTo("Weekly report");
        assertThat(automation.description().value()).isEqualTo("Mails the report");
        assertThat(automation.enabled()).isFalse();
        assertThat(renamed).contains(new AutomationRenamed(workspaceId, id, "Nightly report", "Weekly report", LATER));

        automation.change(null, new AutomationDescription("Mails it weekly"), null, LATEST);

        assertThat(automation.name().value()).isEqualTo("Weekly report");
        assertThat(automation.description().value()).isEqualTo("Mails it weekly");
        assertThat(automation.enabled()).isFalse();
        assertThat(automation.currentVersion()).isZero();
    }
}
