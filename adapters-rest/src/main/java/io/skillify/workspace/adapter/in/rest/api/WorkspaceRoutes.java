package io.skillify.workspace.adapter.in.rest.api;

/**
 * Where workspace-scoped routes live. A controller mapped under {@link #BASE} is checked for membership and role
 * before it runs, whatever else it does: see {@code WorkspaceAccessInterceptor}.
 */
public final class WorkspaceRoutes {

    public static final String VARIABLE = "workspaceId";
    private static final String HEX = "[0-9a-fA-F]+";

    /** {@code /api/{workspaceId}}, matching only UUID-shaped ids so that it never shadows {@code /api/tasks}. */
    public static final String BASE = "/api/{" + VARIABLE + ":" + HEX + "-" + HEX + "-" + HEX + "-" + HEX + "-" + HEX + "}";

    private WorkspaceRoutes() {
    }
}
