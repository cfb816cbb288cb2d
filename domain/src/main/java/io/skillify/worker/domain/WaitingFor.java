package io.skillify.worker.domain;

import java.util.List;

/** What a runner waits for from a person: the kind of question, the question, and the answers it offers. */
public record WaitingFor(String type, String prompt, List<String> options) {

    public WaitingFor {
        options = options == null ? null : List.copyOf(options);
    }
}
