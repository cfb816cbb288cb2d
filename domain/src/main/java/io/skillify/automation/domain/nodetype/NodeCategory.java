package io.skillify.automation.domain.nodetype;

/** Where a node type sits in the catalog; {@link #TRIGGER} nodes start runs and have no inputs. */
public enum NodeCategory {
    TRIGGER, ACTION, LOGIC, DATA, FLOW, HUMAN, NOTIFY
}
