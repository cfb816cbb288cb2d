package io.skillify.automation.application.fakes;

import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.application.port.out.AutomationRepository;
import io.skillify.automation.domain.Automation;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.FlowVersion;
import io.skillify.automation.domain.view.AutomationView;
import io.skillify.automation.domain.view.FlowVersionView;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Automations and their flow versions in memory, read the way the database adapter reads them: a deleted automation
 * is gone from every query, and tokens are returned as stored. Stored copies are kept, so a change that is not
 * written with {@code update} is lost, as it would be after a rollback. Locks are no-ops (tests run in one thread).
 */
public final class InMemoryAutomations implements AutomationRepository, AutomationQueries {

    private final Map<AutomationId, Automation> live = new LinkedHashMap<>();
    private final Map<AutomationId, Instant> deleted = new LinkedHashMap<>();
    private final List<StoredVersion> versions = new ArrayList<>();

    private record StoredVersion(WorkspaceId workspace, FlowVersion version) {
    }

    /** Every stored version of the automation, oldest first. */
    public List<FlowVersion> versionsOf(AutomationId automation) {
        return versions.stream().map(StoredVersion::version)
                .filter(version -> version.automationId().equals(automation)).toList();
    }

    public Optional<Automation> stored(AutomationId id) {
        return Optional.ofNullable(live.get(id)).map(InMemoryAutomations::copy);
    }

    public boolean isDeleted(AutomationId id) {
        return deleted.containsKey(id);
    }

    public int count() {
        return live.size();
    }

    @Override
    public void insert(Automation automation) {
        live.put(automation.id(), copy(automation));
    }

    @Override
    public Optional<Automation> loadForUpdate(WorkspaceId workspace, AutomationId id) {
        return liveIn(workspace, id).map(InMemoryAutomations::copy);
    }

    @Override
    public void update(Automation automation) {
        live.put(automation.id(), copy(automation));
    }

    @Override
    public void insertVersion(WorkspaceId workspace, FlowVersion version) {
        boolean taken = versions.stream().anyMatch(stored -> stored.version().automationId()
                .equals(version.automationId()) && stored.version().version() == version.version());
        if (taken) {
            throw new IllegalStateException("versions are immutable: " + version.version() + " exists");
        }
        versions.add(new StoredVersion(workspace, version));
    }

    @Override
    public void markDeleted(WorkspaceId workspace, AutomationId id, Instant at) {
        liveIn(workspace, id).ifPresent(automation -> {
            live.remove(id);
            deleted.put(id, at);
        });
    }

    @Override
    public Optional<AutomationView> automation(WorkspaceId workspace, AutomationId id) {
        return liveIn(workspace, id).map(automation -> view(automation, flowOf(automation)));
    }

    @Override
    public Optional<AutomationView> webhookTarget(AutomationId id) {
        return Optional.ofNullable(live.get(id)).map(automation -> view(automation, flowOf(automation)));
    }

    @Override
    public OptionalInt currentVersion(WorkspaceId workspace, AutomationId id) {
        return liveIn(workspace, id).map(automation -> OptionalInt.of(automation.currentVersion()))
                .orElseGet(OptionalInt::empty);
    }

    @Override
    public Page<AutomationView> automations(WorkspaceId workspace, String search, PageRequest page) {
        return new Page<>(live.values().stream()
                .filter(automation -> automation.workspaceId().equals(workspace))
                .filter(automation -> search == null
                        || automation.name().value().toLowerCase().contains(search.toLowerCase()))
                .map(automation -> view(automation, null)).toList(), null);
    }

    @Override
    public Page<FlowVersionView> versions(WorkspaceId workspace, AutomationId automation, PageRequest page) {
        return new Page<>(versionsIn(workspace, automation)
                .sorted(Comparator.comparingInt(FlowVersion::version).reversed())
                .map(version -> new FlowVersionView(version.version(), version.createdAt(), version.createdBy(),
                        null)).toList(), null);
    }

    @Override
    public Optional<FlowVersionView> version(WorkspaceId workspace, AutomationId automation, int version) {
        return versionsIn(workspace, automation).filter(stored -> stored.version() == version).findFirst()
                .map(stored -> new FlowVersionView(stored.version(), stored.createdAt(), stored.createdBy(),
                        stored.flow().document()));
    }

    private Optional<Automation> liveIn(WorkspaceId workspace, AutomationId id) {
        return Optional.ofNullable(live.get(id)).filter(automation -> automation.workspaceId().equals(workspace));
    }

    private Stream<FlowVersion> versionsIn(WorkspaceId workspace, AutomationId automation) {
        return versions.stream().filter(stored -> stored.workspace().equals(workspace)).map(StoredVersion::version)
                .filter(version -> version.automationId().equals(automation));
    }

    private JsonObject flowOf(Automation automation) {
        return versionsIn(automation.workspaceId(), automation.id())
                .filter(version -> version.version() == automation.currentVersion())
                .map(version -> version.flow().document()).findFirst().orElse(null);
    }

    private static AutomationView view(Automation automation, JsonObject flow) {
        return new AutomationView(automation.id(), automation.workspaceId(), automation.name().value(),
                automation.description().value(), automation.enabled(), automation.currentVersion(), flow,
                automation.webhookToken().value(), automation.createdBy(), automation.createdAt(),
                automation.updatedAt());
    }

    private static Automation copy(Automation automation) {
        return new Automation(automation.id(), automation.workspaceId(), automation.name(),
                automation.description(), automation.enabled(), automation.currentVersion(),
                automation.webhookToken(), automation.createdBy(), automation.createdAt(), automation.updatedAt());
    }
}
