package io.skillify.automation.application;

import io.skillify.automation.application.port.in.AutomationCatalogQuery;
import io.skillify.automation.application.port.out.AutomationCatalog;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.view.AutomationSummary;
import io.skillify.shared.application.UseCase;
import java.util.List;

@UseCase
class AutomationCatalogService implements AutomationCatalogQuery {

    static final int MOST_PER_PAGE = 10_000;

    private final AutomationCatalog catalog;

    AutomationCatalogService(AutomationCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<AutomationSummary> after(AutomationId after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return catalog.after(after, Math.min(limit, MOST_PER_PAGE));
    }
}
