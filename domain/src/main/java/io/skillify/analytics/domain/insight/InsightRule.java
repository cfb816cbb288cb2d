package io.skillify.analytics.domain.insight;

import java.util.List;

/** One kind of finding, drawn from a period's figures; pure and deterministic. */
public interface InsightRule {

    String kind();

    List<Insight> find(InsightFigures figures);
}
