package io.skillify.realtime.adapter.in.rest;

import io.skillify.realtime.application.port.in.AuthorizeChannelUseCase;
import io.skillify.realtime.application.port.in.AuthorizeChannelUseCase.AuthorizeChannelCommand;
import io.skillify.shared.adapter.in.rest.CurrentAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * pusher-js's channel authorization endpoint for private channels (contract §6): signs a subscription to
 * {@code private-workspace-{id}} (behind the deployment's channel prefix) for members of that workspace.
 * Authenticated like every API route; answers {@code {auth}} without the envelope.
 */
@RestController
class PusherAuthController {

    static final String PATH = "/api/pusher/auth";

    private final AuthorizeChannelUseCase authorizeChannel;

    PusherAuthController(AuthorizeChannelUseCase authorizeChannel) {
        this.authorizeChannel = authorizeChannel;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "authorizePusherChannel", summary = "Signs a private-channel subscription for pusher-js",
            description = "Only private-workspace-{id} (with the deployment's channel prefix) for members of that "
                    + "workspace; answers {auth} without the envelope. 404 when Pusher is not configured.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                    schema = @Schema(implementation = PusherAuthRequest.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = PusherAuthRequest.class))})
    PusherAuthResponse authorizeForm(CurrentAccount caller,
                                     @Parameter(hidden = true) @ModelAttribute PusherAuthRequest request) {
        return authorize(caller, request);
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    PusherAuthResponse authorizeJson(CurrentAccount caller, @RequestBody PusherAuthRequest request) {
        return authorize(caller, request);
    }

    private PusherAuthResponse authorize(CurrentAccount caller, PusherAuthRequest request) {
        return new PusherAuthResponse(authorizeChannel.authorize(
                new AuthorizeChannelCommand(caller.id(), request.socketId(), request.channelName())));
    }
}
