package io.skillify.workspace.adapter.out.persistence;

import io.skillify.workspace.domain.Role;
import java.util.Locale;

/** Roles are stored as their lower-case names. */
final class RoleColumn {

    private RoleColumn() {
    }

    static String toColumn(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    static Role fromColumn(String value) {
        return Role.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
