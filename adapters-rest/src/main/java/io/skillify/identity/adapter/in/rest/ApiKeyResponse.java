package io.skillify.identity.adapter.in.rest;

record ApiKeyResponse(String apiKey) {
}
