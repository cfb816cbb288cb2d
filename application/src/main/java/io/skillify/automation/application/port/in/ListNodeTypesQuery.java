package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import java.util.List;

/** The node-type catalog, sorted by type key. */
public interface ListNodeTypesQuery {

    List<NodeTypeDescriptor> nodeTypes();
}
