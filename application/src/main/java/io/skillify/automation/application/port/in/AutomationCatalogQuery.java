package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.view.AutomationSummary;
import java.util.List;

/** Every automation of every workspace, deleted ones included, by ascending id: for contexts rebuilding a view. */
public interface AutomationCatalogQuery {

    /** Up to {@code limit} automations whose id follows {@code after} (null: from the first). */
    List<AutomationSummary> after(AutomationId after, int limit);
}
