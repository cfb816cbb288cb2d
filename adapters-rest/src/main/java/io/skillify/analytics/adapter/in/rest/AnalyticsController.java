package io.skillify.analytics.adapter.in.rest;

import io.skillify.analytics.domain.AnalyticsFilter;
import io.skillify.shared.adapter.in.rest.DataEnvelope;
import io.skillify.workspace.adapter.in.rest.api.RequiresRole;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceRoutes;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceScope;
import io.skillify.workspace.domain.Role;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Analytics of a workspace (contract §7) and its live stream (§6), from the 15-minute aggregates. */
@RestController
@RequestMapping(WorkspaceRoutes.BASE + "/analytics")
@RequiresRole(Role.MEMBER)
class AnalyticsController {

    private static final String FROM = "ISO-8601 date-time with its offset, or a date (its start in tz); "
            + "default: 30 days before to";
    private static final String TO = "ISO-8601 date-time with its offset, or a date; "
            + "default: the end of the current 15 minutes";
    private static final String TZ = "IANA time zone; default UTC";
    private static final String BUCKET = "hour, day (default) or week (weeks start on Monday)";

    private final AnalyticsAnswers answers;
    private final AnalyticsLiveStreams live;
    private final Clock clock;

    AnalyticsController(AnalyticsAnswers answers, AnalyticsLiveStreams live, Clock clock) {
        this.answers = answers;
        this.live = live;
        this.clock = clock;
    }

    @GetMapping("/trends")
    DataEnvelope<TrendsResponse> trends(WorkspaceScope scope,
                                        @Parameter(description = FROM) @RequestParam(required = false) String from,
                                        @Parameter(description = TO) @RequestParam(required = false) String to,
                                        @Parameter(description = TZ) @RequestParam(required = false) String tz,
                                        @Parameter(description = BUCKET) @RequestParam(required = false) String bucket,
                                        @RequestParam(required = false) String automationId) {
        return DataEnvelope.of(answers.trends(scope.workspaceId(), filter(from, to, tz, bucket, automationId)));
    }

    @GetMapping("/success-rate")
    DataEnvelope<SuccessRateResponse> successRate(WorkspaceScope scope,
                                                  @RequestParam(required = false) String from,
                                                  @RequestParam(required = false) String to,
                                                  @RequestParam(required = false) String tz,
                                                  @RequestParam(required = false) String bucket,
                                                  @RequestParam(required = false) String automationId) {
        return DataEnvelope.of(answers.successRate(scope.workspaceId(), filter(from, to, tz, bucket, automationId)));
    }

    @GetMapping("/heatmap")
    DataEnvelope<HeatmapResponse> heatmap(WorkspaceScope scope,
                                          @RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to,
                                          @RequestParam(required = false) String tz,
                                          @RequestParam(required = false) String bucket,
                                          @RequestParam(required = false) String automationId) {
        return DataEnvelope.of(answers.heatmap(scope.workspaceId(), filter(from, to, tz, bucket, automationId)));
    }

    /** {@code snapshot} events: the last hour's trend (UTC, by hour) on connect and after each change. */
    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(WorkspaceScope scope) {
        return live.open(scope.callerId(), scope.workspaceId());
    }

    private AnalyticsFilter filter(String from, String to, String tz, String bucket, String automationId) {
        return AnalyticsFilter.parse(from, to, tz, bucket, automationId, clock.instant());
    }
}
