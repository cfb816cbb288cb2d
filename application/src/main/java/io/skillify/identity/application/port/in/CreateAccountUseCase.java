package io.skillify.identity.application.port.in;

public interface CreateAccountUseCase {

    IssuedAccount create(CreateAccountCommand command);
}
