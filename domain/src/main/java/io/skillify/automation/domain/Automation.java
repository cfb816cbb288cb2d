package io.skillify.automation.domain;

import io.skillify.automation.domain.event.AutomationDeleted;
import io.skillify.automation.domain.event.AutomationRenamed;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An automation of a workspace: a name, a switch, and a history of immutable flow versions of which the newest is
 * current. Saving a flow against a stale version is refused, so concurrent editors never overwrite each other.
 */
public final class Automation {

    private final AutomationId id;
    private final WorkspaceId workspaceId;
    private AutomationName name;
    private AutomationDescription description;
    private boolean enabled;
    private int currentVersion;
    private WebhookToken webhookToken;
    private final AccountId createdBy;
    private final Instant createdAt;
    private Instant updatedAt;

    public Automation(AutomationId id, WorkspaceId workspaceId, AutomationName name,
                      AutomationDescription description, boolean enabled, int currentVersion,
                      WebhookToken webhookToken, AccountId createdBy, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.enabled = enabled;
        this.currentVersion = currentVersion;
        this.webhookToken = Objects.requireNonNull(webhookToken);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** A new, enabled automation without a flow (version 0) until one is saved. */
    public static Automation create(AutomationId id, WorkspaceId workspaceId, AutomationName name,
                                    AutomationDescription description, WebhookToken token, AccountId creator,
                                    Instant now) {
        return new Automation(id, workspaceId, name, description, true, 0, token, creator, now, now);
    }

    /** Changes what is given (null leaves a field as it is); says so when the name changed. */
    public Optional<AutomationRenamed> change(AutomationName newName, AutomationDescription newDescription,
                                              Boolean enable, Instant now) {
        AutomationName previous = name;
        if (newName != null) {
            name = newName;
        }
        if (newDescription != null) {
            description = newDescription;
        }
        if (enable != null) {
            enabled = enable;
        }
        updatedAt = now;
        return name.equals(previous) ? Optional.empty()
                : Optional.of(new AutomationRenamed(workspaceId, id, previous.value(), name.value(), now));
    }

    /**
     * Saves {@code flow} as the next version. With {@code expectedVersion}, only when that is still the current
     * version; otherwise {@link StaleVersionException} (a conflict that names the {@code currentVersion}).
     */
    public FlowVersion saveFlow(FlowGraph flow, Integer expectedVersion, AccountId author, Instant now) {
        if (expectedVersion != null && expectedVersion != currentVersion) {
            throw new StaleVersionException(expectedVersion, currentVersion);
        }
        currentVersion++;
        updatedAt = now;
        return new FlowVersion(id, currentVersion, flow, author, now);
    }

    public void rotateWebhookToken(WebhookToken token, Instant now) {
        webhookToken = Objects.requireNonNull(token);
        updatedAt = now;
    }

    public AutomationDeleted delete(AccountId actor, Instant now) {
        return new AutomationDeleted(workspaceId, id, name.value(), actor, now);
    }

    public AutomationId id() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public AutomationName name() {
        return name;
    }

    public AutomationDescription description() {
        return description;
    }

    public boolean enabled() {
        return enabled;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public WebhookToken webhookToken() {
        return webhookToken;
    }

    public AccountId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
