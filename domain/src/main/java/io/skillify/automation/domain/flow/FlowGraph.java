package io.skillify.automation.domain.flow;

import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid flow: a directed acyclic graph in the shape React Flow editors save, with exactly one trigger from which
 * every node is reachable, every node's data valid for its type and every edge leaving by a declared output. Only
 * {@link #validate} makes one, so holding a {@code FlowGraph} means holding a valid flow. The document is kept
 * whole (positions, labels, editor fields) so that an editor gets back exactly what it saved.
 */
public final class FlowGraph {

    private static final List<FlowRule> RULES = List.of(
            new SizeLimitsRule(),
            new NodeIdsRule(),
            new UniqueIdsRule(),
            new NodeTypesAndDataRule(),
            new EdgesRule(),
            new ExactlyOneTriggerRule(),
            new NoCyclesRule(),
            new ReachabilityRule());

    private final JsonObject document;
    private final List<FlowNode> nodes;
    private final List<FlowEdge> edges;

    private FlowGraph(JsonObject document, List<FlowNode> nodes, List<FlowEdge> edges) {
        this.document = document;
        this.nodes = nodes;
        this.edges = edges;
    }

    /**
     * Checks the document against every rule and returns the flow, or throws an {@link InvalidInputException} listing
     * every problem found, each with its path in the document ({@code nodes[3].data.url}).
     */
    public static FlowGraph validate(JsonValue document, NodeTypeCatalog catalog, FlowLimits limits) {
        Objects.requireNonNull(catalog);
        Objects.requireNonNull(limits);
        Problems problems = new Problems();
        Optional<FlowDraft> draft = FlowReader.read(document, problems);
        draft.ifPresent(flow -> RULES.forEach(rule -> rule.check(flow, new FlowRule.Context(catalog, limits), problems)));
        if (!problems.isEmpty()) {
            List<Problem> list = problems.list();
            throw new InvalidInputException("The flow is invalid: " + list.size()
                    + (list.size() == 1 ? " problem" : " problems"), list);
        }
        return of((JsonObject) document, draft.orElseThrow());
    }

    private static FlowGraph of(JsonObject document, FlowDraft flow) {
        return new FlowGraph(document,
                flow.nodes().stream().map(n -> new FlowNode(n.id(), n.type(), n.data())).toList(),
                flow.edges().stream().map(e -> new FlowEdge(e.id(), e.source(), e.target(),
                        e.sourceHandle() == null ? NodeTypeDescriptor.DEFAULT_OUTPUT : e.sourceHandle())).toList());
    }

    /** A flow read back from storage: it was validated when saved, and node types may have changed since. */
    public static FlowGraph restore(JsonObject document) {
        Problems problems = new Problems();
        FlowDraft flow = FlowReader.read(document, problems)
                .filter(read -> problems.isEmpty())
                .orElseThrow(() -> new IllegalStateException("stored flow is not a flow: " + problems.list()));
        return of(document, flow);
    }

    public JsonObject document() {
        return document;
    }

    public List<FlowNode> nodes() {
        return nodes;
    }

    public List<FlowEdge> edges() {
        return edges;
    }
}
