package skillify.worker;

import tools.jackson.databind.node.ObjectNode;

/** The bodies of the worker updates this worker sends. */
final class Reports {

    private Reports() {
    }

    static ObjectNode running(String currentAction) {
        ObjectNode body = WorkerApi.newBody();
        body.put("status", "running");
        body.put("currentAction", currentAction);
        return body;
    }

    static ObjectNode progress(String currentAction) {
        ObjectNode body = WorkerApi.newBody();
        body.put("currentAction", currentAction);
        return body;
    }

    static ObjectNode completed(ObjectNode output) {
        ObjectNode body = WorkerApi.newBody();
        body.put("status", "completed");
        body.put("progress", 100);
        body.set("output", output);
        return body;
    }

    /** @param output {@code null} when no command ran */
    static ObjectNode failed(String error, ObjectNode output) {
        ObjectNode body = WorkerApi.newBody();
        body.put("status", "failed");
        body.put("error", error);
        if (output != null) {
            body.set("output", output);
        }
        return body;
    }
}
