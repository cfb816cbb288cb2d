package io.skillify.realtime.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.realtime.application.port.in.AuthorizeChannelUseCase.AuthorizeChannelCommand;
import io.skillify.realtime.application.port.out.ChannelAuthorizer;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.application.fakes.FakeWorkspaceAccess;
import io.skillify.workspace.domain.Role;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may subscribe to which private channel. */
class ChannelAuthorizationRulesTest {

    private static final String PREFIX = "staging-";

    private final AccountId member = new AccountId(UUID.randomUUID());
    private final AccountId stranger = new AccountId(UUID.randomUUID());
    private final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
    private final FakeWorkspaceAccess access = new FakeWorkspaceAccess();
    private final AuthorizeChannelService service = new AuthorizeChannelService(new PrefixSigning(true), access);

    ChannelAuthorizationRulesTest() {
        access.grant(member, workspace, Role.MEMBER);
    }

    @Test
    void aMemberMaySubscribeToItsWorkspacesPrivateChannel() {
        String channel = PREFIX + "private-workspace-" + workspace.value();

        assertThat(service.authorize(new AuthorizeChannelCommand(member, "123.456", channel)))
                .isEqualTo("key:123.456:" + channel);
    }

    @Test
    void anAccountOutsideTheWorkspaceMayNot() {
        String channel = PREFIX + "private-workspace-" + workspace.value();

        assertThatThrownBy(() -> service.authorize(new AuthorizeChannelCommand(stranger, "123.456", channel)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anUnknownWorkspaceIsRefusedLikeAnyOtherNotMine() {
        String channel = PREFIX + "private-workspace-" + UUID.randomUUID();

        assertThatThrownBy(() -> service.authorize(new AuthorizeChannelCommand(member, "123.456", channel)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void everyOtherChannelIsRefused() {
        for (String channel : new String[] {PREFIX + "private-task-" + UUID.randomUUID(),
                PREFIX + "presence-workspace-" + workspace.value(), PREFIX + "workspace-" + workspace.value(),
                "private-workspace-" + workspace.value(), PREFIX + "private-workspace-not-a-uuid",
                PREFIX + "private-workspace-" + workspace.value() + "-x"}) {
            assertThatThrownBy(() -> service.authorize(new AuthorizeChannelCommand(member, "123.456", channel)))
                    .as(channel).isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void aSocketIdMustBeDigitsDotDigits() {
        for (String socketId : new String[] {"", "123", "123.", "a.1", "1.2.3", "1.2\n"}) {
            assertThatThrownBy(() -> new AuthorizeChannelCommand(member, socketId, "private-workspace-x"))
                    .as(socketId).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void withoutPusherConfiguredNothingIsSigned() {
        var unconfigured = new AuthorizeChannelService(new PrefixSigning(false), access);
        String channel = PREFIX + "private-workspace-" + workspace.value();

        assertThatThrownBy(() -> unconfigured.authorize(new AuthorizeChannelCommand(member, "123.456", channel)))
                .isInstanceOf(NotFoundException.class);
    }

    private record PrefixSigning(boolean configured) implements ChannelAuthorizer {

        @Override
        public Optional<String> contractName(String fullChannelName) {
            return fullChannelName.startsWith(PREFIX)
                    ? Optional.of(fullChannelName.substring(PREFIX.length())) : Optional.empty();
        }

        @Override
        public String sign(String socketId, String fullChannelName) {
            return "key:" + socketId + ":" + fullChannelName;
        }
    }
}
