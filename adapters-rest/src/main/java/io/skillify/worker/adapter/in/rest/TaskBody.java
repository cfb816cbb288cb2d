package io.skillify.worker.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** {@code {success, …the task's fields}}: the answer of task create, reassign and cancel. */
record TaskBody(boolean success, @JsonUnwrapped TaskResponse task) {

    static TaskBody of(TaskResponse task) {
        return new TaskBody(true, task);
    }
}
