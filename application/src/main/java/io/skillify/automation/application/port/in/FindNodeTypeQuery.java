package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.nodetype.NodeType;
import java.util.Optional;

/** The registered node type with this key, for the run engine to execute. */
public interface FindNodeTypeQuery {

    Optional<NodeType> nodeType(String type);
}
