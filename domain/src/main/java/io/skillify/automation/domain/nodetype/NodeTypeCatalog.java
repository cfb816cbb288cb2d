package io.skillify.automation.domain.nodetype;

import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonValue;
import java.util.List;
import java.util.Optional;

/** The registered node types, as flow validation needs them. */
public interface NodeTypeCatalog {

    Optional<NodeTypeDescriptor> find(String type);

    /** The registered trigger type with this key; empty when there is none or it is no trigger. */
    Optional<TriggerType> trigger(String type);

    /** Problems of {@code data} against the type's data schema, their paths starting with {@code path}. */
    List<Problem> validateData(NodeTypeDescriptor type, JsonValue data, String path);
}
