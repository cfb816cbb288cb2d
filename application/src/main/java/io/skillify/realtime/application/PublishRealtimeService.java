package io.skillify.realtime.application;

import io.skillify.realtime.application.port.in.PublishRealtimeUseCase;
import io.skillify.realtime.application.port.in.RealtimeSettings;
import io.skillify.realtime.application.port.out.RealtimePublisher;
import io.skillify.realtime.domain.RealtimeMessage;
import io.skillify.realtime.domain.RealtimeMessages;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.DomainEvent;
import java.util.List;

@UseCase
class PublishRealtimeService implements PublishRealtimeUseCase {

    private final RealtimeMessages messages;
    private final RealtimePublisher publisher;

    PublishRealtimeService(RealtimeSettings settings, RealtimePublisher publisher) {
        this.messages = new RealtimeMessages(settings.workspaceChannels());
        this.publisher = publisher;
    }

    @Override
    public void publishFor(DomainEvent event) {
        List<RealtimeMessage> announced = messages.of(event);
        if (!announced.isEmpty()) {
            publisher.publish(announced);
        }
    }
}
