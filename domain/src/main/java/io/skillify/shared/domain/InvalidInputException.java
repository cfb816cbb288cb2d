package io.skillify.shared.domain;

import java.util.List;

/** The input breaks a rule; every problem found is listed, each with its path. */
public final class InvalidInputException extends DomainException {

    private final List<Problem> problems;

    public InvalidInputException(String message, List<Problem> problems) {
        super(Kind.INVALID_INPUT, message);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String path, String message) {
        return new InvalidInputException("Invalid " + path + ": " + message, List.of(new Problem(path, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
