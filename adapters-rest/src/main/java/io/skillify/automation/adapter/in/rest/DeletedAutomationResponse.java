package io.skillify.automation.adapter.in.rest;

import java.util.UUID;

record DeletedAutomationResponse(UUID id, boolean deleted) {
}
