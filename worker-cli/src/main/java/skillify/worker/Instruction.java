package skillify.worker;

import tools.jackson.databind.JsonNode;

/** A command an administrator queued for a worker; delivered once, in the answer to a PATCH. */
record Instruction(String action, String text) {

    static Instruction from(JsonNode node) {
        JsonNode text = node.path("text");
        return new Instruction(node.path("action").asString(""), text.isString() ? text.stringValue() : null);
    }
}
