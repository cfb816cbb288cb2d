package io.skillify.automation.domain.view;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Instant;

/** A saved flow version; {@code flow} is null in lists. */
public record FlowVersionView(int version, Instant createdAt, AccountId createdBy, JsonObject flow) {
}
