package io.skillify.support;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only routes that fail the way real code can, to prove what callers see then. */
@Hidden
@RestController
class FailingTestController {

    @GetMapping("/api/test-failures/unexpected")
    String unexpected() {
        throw new IllegalStateException("select secret from accounts where password = 'hunter2'");
    }

    @GetMapping("/api/test-failures/database-down")
    String databaseDown() {
        throw new DataAccessResourceFailureException("Connection to localhost:5432 refused (PSQLException)");
    }
}
