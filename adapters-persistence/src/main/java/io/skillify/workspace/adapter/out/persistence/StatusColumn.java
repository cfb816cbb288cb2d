package io.skillify.workspace.adapter.out.persistence;

import static skillify.jooq.Tables.WORKSPACE_MEMBERS;

import io.skillify.workspace.domain.MembershipStatus;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Membership statuses are stored as their lower-case names; only {@code active} rows make a member. */
final class StatusColumn {

    /** Inlined, so that it renders the same in every statement and plan. */
    static final Condition ACTIVE = WORKSPACE_MEMBERS.STATUS.eq(DSL.inline(toColumn(MembershipStatus.ACTIVE)));
    static final Condition INVITED = WORKSPACE_MEMBERS.STATUS.eq(DSL.inline(toColumn(MembershipStatus.INVITED)));

    private StatusColumn() {
    }

    static String toColumn(MembershipStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    static MembershipStatus fromColumn(String value) {
        return MembershipStatus.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
