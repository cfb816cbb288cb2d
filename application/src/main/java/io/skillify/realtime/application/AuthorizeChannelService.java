package io.skillify.realtime.application;

import io.skillify.realtime.application.port.in.AuthorizeChannelUseCase;
import io.skillify.realtime.application.port.out.ChannelAuthorizer;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.CheckWorkspaceAccessQuery;
import io.skillify.workspace.domain.view.WorkspaceAccess;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Members of a workspace may subscribe to its private channel; nobody may subscribe to any other private or presence
 * channel through this server (403). Without Pusher configured the route answers 404.
 */
@UseCase
class AuthorizeChannelService implements AuthorizeChannelUseCase {

    private static final Pattern WORKSPACE_CHANNEL = Pattern.compile(
            "private-workspace-([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

    private final ChannelAuthorizer authorizer;
    private final CheckWorkspaceAccessQuery access;

    AuthorizeChannelService(ChannelAuthorizer authorizer, CheckWorkspaceAccessQuery access) {
        this.authorizer = authorizer;
        this.access = access;
    }

    @Override
    public String authorize(AuthorizeChannelCommand command) {
        if (!authorizer.configured()) {
            throw new NotFoundException("Realtime channel authorization (Pusher is not configured)");
        }
        WorkspaceId workspace = workspaceOf(command.channelName()).orElseThrow(ForbiddenException::new);
        if (!(access.accessOf(command.account(), workspace) instanceof WorkspaceAccess.Member)) {
            throw new ForbiddenException();
        }
        return authorizer.sign(command.socketId(), command.channelName());
    }

    private Optional<WorkspaceId> workspaceOf(String fullChannelName) {
        return authorizer.contractName(fullChannelName)
                .map(WORKSPACE_CHANNEL::matcher)
                .filter(Matcher::matches)
                .map(match -> new WorkspaceId(UUID.fromString(match.group(1))));
    }
}
