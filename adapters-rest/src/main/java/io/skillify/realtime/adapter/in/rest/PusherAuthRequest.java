package io.skillify.realtime.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.BindParam;

/** What pusher-js sends to its channel authorization endpoint (form-encoded; JSON is accepted too). */
record PusherAuthRequest(
        @JsonProperty("socket_id") @BindParam("socket_id")
        @Schema(name = "socket_id", requiredMode = Schema.RequiredMode.REQUIRED, example = "123456.7890123")
        String socketId,
        @JsonProperty("channel_name") @BindParam("channel_name")
        @Schema(name = "channel_name", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "private-workspace-0190a3d2-6b1c-7c39-9d44-2f1e0c0b5a11")
        String channelName) {
}
