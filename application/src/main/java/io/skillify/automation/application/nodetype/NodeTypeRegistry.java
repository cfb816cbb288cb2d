package io.skillify.automation.application.nodetype;

import io.skillify.automation.application.port.in.FindNodeTypeQuery;
import io.skillify.automation.application.port.in.ListNodeTypesQuery;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.TriggerType;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@link NodeType} of the application, found without any central list (the bootstrap module hands over every
 * implementation it finds under {@code io.skillify}). Schemas are compiled at start-up, so a broken node type stops
 * the server instead of a user's save.
 */
@UseCase
public class NodeTypeRegistry implements NodeTypeCatalog, ListNodeTypesQuery, FindNodeTypeQuery {

    private final Map<String, Registered> types = new LinkedHashMap<>();

    public NodeTypeRegistry(List<NodeType> nodeTypes) {
        nodeTypes.stream()
                .sorted(Comparator.comparing(type -> type.descriptor().type()))
                .forEach(this::register);
    }

    private void register(NodeType nodeType) {
        NodeTypeDescriptor descriptor = nodeType.descriptor();
        if (descriptor.isTrigger() != nodeType instanceof TriggerType) {
            throw new IllegalStateException("node type " + descriptor.type() + " (" + nodeType.getClass().getName()
                    + ") must be of category TRIGGER exactly when it implements TriggerType, which says how it"
                    + " starts runs (docs/node-types.md)");
        }
        Registered previous = types.putIfAbsent(descriptor.type(),
                new Registered(nodeType, DataSchema.compile(descriptor.type(), descriptor.dataSchema())));
        if (previous != null) {
            throw new IllegalStateException("node type " + descriptor.type() + " is declared twice: by "
                    + previous.nodeType().getClass().getName() + " and " + nodeType.getClass().getName());
        }
    }

    @Override
    public Optional<NodeTypeDescriptor> find(String type) {
        return Optional.ofNullable(types.get(type)).map(registered -> registered.nodeType().descriptor());
    }

    @Override
    public Optional<TriggerType> trigger(String type) {
        return Optional.ofNullable(types.get(type)).map(Registered::nodeType)
                .filter(TriggerType.class::isInstance).map(TriggerType.class::cast);
    }

    @Override
    public List<Problem> validateData(NodeTypeDescriptor type, JsonValue data, String path) {
        Registered registered = types.get(type.type());
        if (registered == null) {
            throw new IllegalArgumentException("not a registered node type: " + type.type());
        }
        List<Problem> problems = registered.schema().validate(data, path);
        if (problems.isEmpty() && data instanceof JsonObject object) {
            return registered.nodeType().checkData(object, path);
        }
        return problems;
    }

    @Override
    public Optional<NodeType> nodeType(String type) {
        return Optional.ofNullable(types.get(type)).map(Registered::nodeType);
    }

    @Override
    public List<NodeTypeDescriptor> nodeTypes() {
        return types.values().stream().map(registered -> registered.nodeType().descriptor()).toList();
    }

    private record Registered(NodeType nodeType, DataSchema schema) {
    }
}
