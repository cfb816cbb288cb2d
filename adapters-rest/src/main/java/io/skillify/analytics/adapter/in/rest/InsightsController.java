package io.skillify.analytics.adapter.in.rest;

import io.skillify.analytics.application.port.in.AnalyticsScope;
import io.skillify.shared.adapter.in.rest.ListEnvelope;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceRoutes;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceScope;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The workspace's insights (§7) and the coach's live stream of new ones (§6). Members and above. */
@RestController
@RequestMapping(WorkspaceRoutes.BASE)
class InsightsController {

    private final AnalyticsAnswers answers;
    private final CoachStreams coach;

    InsightsController(AnalyticsAnswers answers, CoachStreams coach) {
        this.answers = answers;
        this.coach = coach;
    }

    @GetMapping("/analytics/insights")
    ListEnvelope<InsightResponse> insights(WorkspaceScope scope,
                                           @RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to,
                                           @RequestParam(required = false) String tz,
                                           @RequestParam(required = false) String automationId) {
        AnalyticsScope asked = AnalyticsScope.parse(scope.workspaceId(), from, to, tz, automationId);
        return ListEnvelope.of(answers.insights(asked));
    }

    @GetMapping(path = "/coach/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter coach(WorkspaceScope scope,
                     @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        return coach.open(scope.callerId(), scope.workspaceId(), resumeAfter(lastEventId));
    }

    private static long resumeAfter(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(lastEventId.strip()));
        } catch (NumberFormatException notOurs) {
            throw InvalidInputException.of("Last-Event-ID", "must be the id of an event of this stream");
        }
    }
}
