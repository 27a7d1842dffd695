package id.ektp.enrollment.upload;

import id.ektp.packet.EnrolmentPacket;
import id.ektp.platform.domain.ConflictException;
import id.ektp.platform.startup.ProcessRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * A process running only as central has no station and no outbox, but the desk's code that closes records
 * is still there: closing one here is refused instead of the process failing to start.
 */
@Component
@ConditionalOnExpression("!(" + ProcessRole.RUNS_SERVICE_POINT + ")")
class NoOutboxAtCentral implements PacketOutbox {

    @Override
    public void submit(EnrolmentPacket packet) {
        throw new ConflictException("this process runs as central (ektp.role=central): records are closed at a service point");
    }
}
