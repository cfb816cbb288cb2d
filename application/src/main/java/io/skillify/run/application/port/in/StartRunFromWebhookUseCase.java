package io.skillify.run.application.port.in;

import io.skillify.automation.domain.AutomationId;
import io.skillify.run.domain.RunId;
import io.skillify.shared.domain.json.JsonValue;

/**
 * Starts a run of an automation's current flow from a webhook call: the token is the secret, the body the input.
 * Any mismatch (unknown automation, wrong token, disabled, no webhook trigger) is the same 404.
 */
public interface StartRunFromWebhookUseCase {

    RunId start(AutomationId automation, String token, JsonValue input);
}
