package io.skillify.analytics.domain.insight;

/** How urgent an insight is; answers list the most severe first. */
public enum Severity {
    CRITICAL, WARNING, INFO
}
