package io.skillify.automation.application.port.out;

import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.view.AutomationSummary;
import java.util.List;

/** Reads every automation's name and life span by ascending id. */
public interface AutomationCatalog {

    List<AutomationSummary> after(AutomationId after, int limit);
}
