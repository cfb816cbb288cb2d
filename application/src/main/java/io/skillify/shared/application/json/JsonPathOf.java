package io.skillify.shared.application.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.TokenStreamContext;

/** The contract's path notation ({@code nodes[2].data}) for where a streaming parser stands. */
final class JsonPathOf {

    private JsonPathOf() {
    }

    /** The path of the value being read in {@code context}; the empty path is the document itself. */
    static String value(TokenStreamContext context) {
        List<String> segments = new ArrayList<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            segments.add(at.inObject() ? "." + at.currentName() : "[" + at.getCurrentIndex() + "]");
        }
        StringBuilder path = new StringBuilder();
        segments.reversed().forEach(path::append);
        return path.isEmpty() || path.charAt(0) != '.' ? path.toString() : path.substring(1);
    }
}
