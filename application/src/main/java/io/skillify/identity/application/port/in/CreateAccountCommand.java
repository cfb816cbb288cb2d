package io.skillify.identity.application.port.in;

import io.skillify.identity.domain.AccessLevel;
import io.skillify.identity.domain.AccountName;
import io.skillify.identity.domain.AccountType;
import io.skillify.identity.domain.WorkerLimit;
import io.skillify.shared.domain.AccountId;
import java.util.Objects;

/** Create an account owned by {@code creator}; absent choices take their defaults (service, worker, 3). */
public record CreateAccountCommand(AccountId creator, AccountName name, AccountType type, AccessLevel level,
                                   WorkerLimit workerLimit) {

    public CreateAccountCommand {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(name, "name");
        type = type == null ? AccountType.SERVICE : type;
        level = level == null ? AccessLevel.WORKER : level;
        workerLimit = workerLimit == null ? WorkerLimit.DEFAULT : workerLimit;
    }
}
