package io.skillify.realtime.adapter.out.pusher;

/** One event as Pusher's REST API takes it: the full (prefixed) channel name, the event name, data as JSON text. */
record PusherEvent(String channel, String name, String data) {
}
