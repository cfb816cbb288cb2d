package io.skillify.shared.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static skillify.jooq.Tables.RUNS;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class RenderedQueryTest {

    private static final DSLContext DB = DSL.using(SQLDialect.POSTGRES);
    private static final Param<UUID> RUN = DSL.param("run", RUNS.ID);
    private static final Param<String> OWNER = DSL.param("owner", RUNS.LEASE_OWNER);

    @Test
    void bindsByNameWhateverTheOrderOfTheSql() {
        RenderedQuery query = RenderedQuery.of(null, DB, DB.update(RUNS).set(RUNS.LEASE_OWNER, OWNER).where(RUNS.ID.eq(RUN)));

        assertThat(query.sql()).doesNotContain(":").contains("?");
        assertThat(query.bind().set(RUN, new UUID(0, 1)).set(OWNER, "me").values())
                .containsExactly("me", new UUID(0, 1));
    }

    @Test
    void aParameterUsedTwiceIsRefused() {
        assertThatThrownBy(() -> RenderedQuery.of(null, DB, DB.selectFrom(RUNS).where(RUNS.ID.eq(RUN)).or(RUNS.RETRY_OF.eq(RUN))))
                .hasMessageContaining("run is used twice");
    }

    @Test
    void aBindValueThatIsNotANamedParameterIsRefused() {
        assertThatThrownBy(() -> RenderedQuery.of(null, DB, DB.selectFrom(RUNS).where(RUNS.ID.eq(RUN)).and(RUNS.VERSION.eq(3))))
                .hasMessageContaining("named parameter");
    }

    @Test
    void castsAndLiteralsAreNotMistakenForParameters() {
        RenderedQuery query = RenderedQuery.of(null, DB, DB.selectFrom(RUNS)
                .where(RUNS.ID.eq(RUN)).and(RUNS.STATUS.in(DSL.inline("it's a:b"), DSL.inline("queued")))
                .and(DSL.field("{0}::text", String.class, RUNS.ERROR).isNotNull()));

        assertThat(query.sql()).contains("'it''s a:b'").contains("::text");
        assertThat(query.bindInOrder(List.of(new UUID(0, 2))).values()).containsExactly(new UUID(0, 2));
    }

    @Test
    void executingWithAParameterNeverBoundFailsNamingIt() {
        RenderedQuery query = RenderedQuery.of(new JdbcTemplate(), DB,
                DB.update(RUNS).set(RUNS.LEASE_OWNER, OWNER).where(RUNS.ID.eq(RUN)));

        assertThatThrownBy(() -> query.bind().set(RUN, new UUID(0, 1)).execute())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("owner never bound");
        assertThatThrownBy(() -> query.bind().set(OWNER, "me").fetch())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("run never bound");
    }

    @Test
    void aNullBoundExplicitlyIsAValue() {
        RenderedQuery query = RenderedQuery.of(null, DB,
                DB.update(RUNS).set(RUNS.LEASE_OWNER, OWNER).where(RUNS.ID.eq(RUN)));

        assertThat(query.bind().set(RUN, new UUID(0, 1)).set(OWNER, null).values()).containsExactly(null, new UUID(0, 1));
    }

    @Test
    void aParameterNotInTheStatementIsRefused() {
        RenderedQuery query = RenderedQuery.of(null, DB, DB.selectFrom(RUNS).where(RUNS.ID.eq(RUN)));

        assertThatThrownBy(() -> query.bind().set(OWNER, "me")).hasMessageContaining("No parameter owner");
    }
}
