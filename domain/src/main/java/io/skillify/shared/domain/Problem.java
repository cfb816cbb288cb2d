package io.skillify.shared.domain;

/** One thing wrong with an input, located by a path into the submitted document ({@code nodes[2].data.url}). */
public record Problem(String path, String message) {
}
