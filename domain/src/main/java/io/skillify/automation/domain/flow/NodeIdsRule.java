package io.skillify.automation.domain.flow;

import java.util.regex.Pattern;

/**
 * Node ids are identifiers, as expressions reach a step's output by {@code steps.<id>.output}: an id such as
 * {@code fetch-user} would read as a subtraction there and silently give nothing.
 */
final class NodeIdsRule implements FlowRule {

    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public void check(FlowDraft flow, Context context, Problems problems) {
        for (FlowDraft.Node node : flow.nodes()) {
            if (node.id() != null && !IDENTIFIER.matcher(node.id()).matches()) {
                problems.add(node.path() + ".id", "must be an identifier: letters, digits and _, not starting with"
                        + " a digit (expressions refer to it as steps.<id>.output)");
            }
        }
    }
}
