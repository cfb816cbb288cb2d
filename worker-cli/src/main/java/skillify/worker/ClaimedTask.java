package skillify.worker;

import tools.jackson.databind.JsonNode;

/** One entry of a claim answer: the worker the server made for this task, and the task. */
record ClaimedTask(String workerId, String taskId, String title, String branch, JsonNode context) {

    static ClaimedTask from(JsonNode claimed) {
        JsonNode task = claimed.path("task");
        return new ClaimedTask(
                claimed.path("id").asString(""),
                claimed.path("taskId").asString(task.path("id").asString("")),
                task.path("title").asString(""),
                claimed.path("branch").asString(""),
                task.path("context"));
    }

    /** How log lines name the task: its short id and title. */
    String label() {
        return "task " + taskId.substring(0, Math.min(8, taskId.length())) + " (" + title + ")";
    }
}
