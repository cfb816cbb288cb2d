package io.skillify.realtime.adapter.in.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** Exactly what pusher-js expects (contract §1: this route is not enveloped). */
record PusherAuthResponse(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "app-key:1f2e…", description =
                "The app key, a colon, and the hex HMAC-SHA256 of socket_id:channel_name with the app secret")
        String auth) {
}
