package io.skillify.analytics;

import io.skillify.support.TestDatabase;
import java.util.UUID;

/** The analytics fixture on the one test database, for tests in other packages. */
public final class AnalyticsFixtures {

    private final AnalyticsFixture fixture;

    private AnalyticsFixtures(AnalyticsFixture fixture) {
        this.fixture = fixture;
    }

    public static AnalyticsFixtures get() {
        TestDatabase db = TestDatabase.get();
        return new AnalyticsFixtures(new AnalyticsFixture(db.url(), db.username(), db.password()));
    }

    public static AnalyticsFixtures on(String url, String user, String password) {
        return new AnalyticsFixtures(new AnalyticsFixture(url, user, password));
    }

    public void quarter(UUID workspace, UUID automation, String start, int succeeded, int failed, int cancelled,
                        long... durations) {
        fixture.quarter(workspace, automation, start, succeeded, failed, cancelled, durations);
    }

    /** What the write side does after changing a workspace's aggregates: NOTIFY on the change feed. */
    public void announce(UUID workspace) {
        fixture.announce(workspace);
    }
}
