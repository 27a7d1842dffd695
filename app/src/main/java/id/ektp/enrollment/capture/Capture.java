package id.ektp.enrollment.capture;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.Officer;
import id.ektp.accounts.Role;
import id.ektp.afis.AfisException;
import id.ektp.afis.quality.CaptureQuality;
import id.ektp.devices.client.CapturedBiometric;
import id.ektp.devices.client.DeviceException;
import id.ektp.devices.client.DeviceSignatureException;
import id.ektp.devices.client.MalformedDeviceResponseException;
import id.ektp.devices.protocol.DeviceType;
import id.ektp.enrollment.capture.CaptureDevices.DeviceCapture;
import id.ektp.enrollment.desk.CheckIn;
import id.ektp.enrollment.desk.CheckInStatus;
import id.ektp.enrollment.desk.Desk;
import id.ektp.enrollment.summons.ServiceDays;
import id.ektp.enrollment.upload.PacketOutbox;
import id.ektp.enrollment.web.EnrollmentAccess;
import id.ektp.enrollment.web.Refusal;
import id.ektp.packet.CaptureMetadata.CaptureException.Reason;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.platform.domain.InvalidInputException;
import id.ektp.platform.domain.NotFoundException;
import id.ektp.registry.KtpStatus;
import id.ektp.registry.Resident;
import id.ektp.registry.Residents;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step 6 at the service point: the operator captures a resident whose data were confirmed at the desk, one
 * step at a time in a fixed order ({@link CapturePlan}), through the station's signed devices; each
 * finger is scored by the engine and re-captured up to the configured number of times (the best kept); the
 * chip fingers are captured again and verified 1:1; the record is closed, and its packet handed to the
 * outbox, in one transaction.
 *
 * <p>Each step's device capture runs outside any transaction (it waits for the resident); its result is
 * stored in a transaction of its own that first checks the record is still open and the step still the
 * next one. So a crash loses at most the step in flight, and a resumed capture continues after the last
 * stored step. A refusal is audited in a transaction of its own after the refused work rolled back, so
 * the refusal is on record and nothing else is.
 */
@Service
public class Capture {

    static final int REASON_MAX = 500;

    private final CaptureStore store;
    private final CaptureDevices devices;
    private final FingerEngine engine;
    private final BiometricSeal seal;
    private final PacketAssembly assembly;
    private final Desk desk;
    private final Residents residents;
    private final EnrollmentAccess access;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ObjectProvider<PacketOutbox> outbox;
    private final Clock clock;
    private final int fingerRetries;
    private final int qualityThreshold;
    private final String station;
    private final Map<UUID, ReentrantLock> busy = new ConcurrentHashMap<>();

    Capture(CaptureStore store, CaptureDevices devices, FingerEngine engine, BiometricSeal seal, PacketAssembly assembly, Desk desk,
            Residents residents, EnrollmentAccess access, AuditTrail audit, TransactionTemplate transactions,
            ObjectProvider<PacketOutbox> outbox, Optional<Clock> clock, @Value("${ektp.capture.finger-retries:2}") int fingerRetries,
            @Value("${ektp.capture.finger-quality-threshold:40}") int qualityThreshold, @Value("${ektp.station.id:}") String station) {
        this.store = store;
        this.devices = devices;
        this.engine = engine;
        this.seal = seal;
        this.assembly = assembly;
        this.desk = desk;
        this.residents = residents;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock.orElse(Clock.system(ServiceDays.ZONE));
        this.fingerRetries = fingerRetries;
        this.qualityThreshold = qualityThreshold;
        this.station = station;
    }

    /** Starts the capture of a checked-in resident whose data the desk confirmed. */
    public CaptureView start(UUID checkInId) {
        Officer officer = operator();
        try {
            UUID id = transactions.execute(s -> {
                CheckIn checkIn = desk.find(checkInId, officer);
                if (checkIn.status() != CheckInStatus.VERIFIED) {
                    throw new Refusal(HttpStatus.CONFLICT, "not-confirmed", "checkIn", "problem.capture.notConfirmed",
                            "number {0} is {1}: the desk must confirm the resident''s data first", checkIn.ticket(), checkIn.status());
                }
                store.ofCheckIn(checkInId).ifPresent(earlier -> {
                    throw new Refusal(HttpStatus.CONFLICT, "capture-exists", "checkIn", "problem.capture.exists",
                            "this resident''s capture {0} is already {1}", earlier.id(), earlier.status());
                });
                Resident resident = residents.findByNik(checkIn.nik()).orElseThrow(() -> new NotFoundException("resident", checkIn.nik()));
                CaptureRecord record = new CaptureRecord(UUID.randomUUID(), checkIn.id(), checkIn.officeCode(), checkIn.kecamatanCode(),
                        resident.nik(), resident.fullName(), checkIn.summonsId(), stationOf(officer), CaptureStatus.OPEN,
                        officer.username(), clock.instant(), null, null, null, null, null, 0, false, null, null);
                store.insert(record);
                audit.record(AuditAction.CAPTURE_STARTED, resident.nik(), "{\"capture\":\"" + record.id() + "\",\"checkIn\":\"" + checkInId + "\"}");
                return record.id();
            });
            return view(id, officer);
        } catch (Refusal e) {
            audit.record(AuditAction.CAPTURE_REFUSED, checkInId.toString(), "{\"reason\":\"" + e.slug() + "\"}");
            throw e;
        } catch (NotFoundException e) {
            audit.record(AuditAction.CAPTURE_REFUSED, checkInId.toString(), "{\"reason\":\"not-found\"}");
            throw e;
        }
    }

    public CaptureView find(UUID id) {
        return view(id, access.officer());
    }

    /** Today's captures at the officer's service point, and the confirmed check-ins still waiting for one. */
    public List<CaptureRecord> today(Officer officer) {
        return store.ofDay(officer.officeCode(), LocalDate.now(clock));
    }

    public List<CheckIn> waiting(Officer officer) {
        return desk.today(officer).stream().filter(c -> c.status() == CheckInStatus.VERIFIED)
                .filter(c -> store.ofCheckIn(c.id()).isEmpty()).toList();
    }

    /** Records that a finger is not captured and why; only for a finger not captured yet. */
    public CaptureView declareException(UUID id, int position, Reason reason) {
        Officer officer = operator();
        if (position < 1 || position > 10) {
            throw new InvalidInputException("position", "problem.capture.position", "a finger position is 1 to 10");
        }
        if (reason == null) {
            throw new InvalidInputException("reason", "problem.capture.exceptionReason", "say why: AMPUTATED, BANDAGED or UNUSABLE");
        }
        transactions.executeWithoutResult(s -> {
            CaptureRecord record = openRecord(store.lock(id, officer.officeCode()), id);
            CapturePlan plan = plan(record);
            if (!plan.fingerOpen(position)) {
                throw new Refusal(HttpStatus.CONFLICT, "finger-done", "position", "problem.capture.fingerDone",
                        "finger {0} is already captured or excepted", position);
            }
            store.putException(id, new FingerException(position, reason), officer.username(), clock.instant());
            audit.record(AuditAction.FINGER_EXCEPTION_RECORDED, record.nik(),
                    "{\"capture\":\"" + id + "\",\"position\":" + position + ",\"reason\":\"" + reason + "\"}");
        });
        return view(id, officer);
    }

    /**
     * Takes the next step of the capture through the devices and stores it. A device whose capture is not
     * signed by a trusted device, or does not answer this request, is refused (audited, nothing stored).
     */
    public CaptureView captureNext(UUID id) {
        Officer officer = operator();
        ReentrantLock lock = busy.computeIfAbsent(id, k -> new ReentrantLock());
        if (!lock.tryLock()) {
            throw new Refusal(HttpStatus.CONFLICT, "capture-busy", "capture", "problem.capture.busy", "a step of this capture is being taken");
        }
        try {
            CaptureRecord record = openRecord(store.find(id, officer.officeCode()), id);
            CaptureStep step = plan(record).next().orElseThrow(() -> new Refusal(HttpStatus.CONFLICT, "capture-complete", "capture",
                    "problem.capture.complete", "every step is taken: close the record"));
            devices.present(record.nik());
            try {
                switch (step.kind()) {
                    case FINGER -> finger(record, step, officer);
                    case FACE -> single(record, step, DeviceType.FACE, ItemKind.FACE);
                    case SIGNATURE -> single(record, step, DeviceType.SIGNATURE, ItemKind.SIGNATURE);
                    case IRISES -> irises(record, step);
                    case CHIP_CHECK -> chipCheck(record, step);
                }
            } catch (DeviceSignatureException | MalformedDeviceResponseException e) {
                audit.record(AuditAction.CAPTURE_DEVICE_REFUSED, record.nik(), "{\"capture\":\"" + id + "\",\"step\":\"" + step.code()
                        + "\",\"reason\":\"" + (e instanceof DeviceSignatureException ? "untrusted-device" : "malformed-capture") + "\"}");
                throw new Refusal(HttpStatus.UNPROCESSABLE_ENTITY, "device-refused", "device", "problem.capture.deviceRefused",
                        "the capture is refused: {0}", e.getMessage());
            } catch (DeviceException e) {
                throw new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "device-unavailable", "device", "problem.capture.deviceUnavailable",
                        "the capture device did not capture: {0}", e.getMessage());
            }
            return view(id, officer);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Closes a complete capture whose chip fingers verified: its packet is handed to the outbox, the
     * summons marked recorded and the resident's e-KTP status moved to in process, all in one transaction.
     */
    public CaptureView close(UUID id) {
        Officer officer = operator();
        try {
            transactions.executeWithoutResult(s -> {
                CaptureRecord record = openRecord(store.lock(id, officer.officeCode()), id);
                CapturePlan plan = plan(record);
                Optional<CaptureStep> missing = plan.next();
                if (missing.isPresent() && missing.get().kind() == CaptureStep.Kind.CHIP_CHECK) {
                    throw new Refusal(HttpStatus.CONFLICT, "chip-fingers-unverified", "capture", "problem.capture.chipUnverified",
                            "the chip fingers {0} are not verified against their first capture", plan.chipFingers());
                }
                missing.ifPresent(step -> {
                    throw new Refusal(HttpStatus.CONFLICT, "capture-incomplete", "capture", "problem.capture.incomplete",
                            "step {0} is not taken yet", step.code());
                });
                PacketOutbox queue = outbox.getIfAvailable();
                if (queue == null) {
                    throw new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "no-outbox", "capture", "problem.capture.noOutbox",
                            "this service point has no packet outbox to central");
                }
                Resident resident = residents.findByNik(record.nik()).orElseThrow(() -> new NotFoundException("resident", record.nik()));
                Instant now = clock.instant();
                EnrolmentPacket packet = assembly.packet(record, resident, store.items(id), store.exceptions(id), officer);
                queue.submit(packet);
                store.close(id, packet.packetId(), officer.username(), officer.fullName(), now);
                store.takeStationOfPacket(id, packet.packetId());
                if (record.summonsId() != null) {
                    store.markSummonsRecorded(record.summonsId(), now);
                }
                residents.markKtpStatus(record.nik(), KtpStatus.IN_PROCESS);
                audit.record(AuditAction.RECORD_CLOSED, record.nik(), "{\"capture\":\"" + id + "\",\"packet\":\"" + packet.packetId() + "\"}");
            });
        } catch (Refusal e) {
            audit.record(AuditAction.CAPTURE_CLOSE_REFUSED, id.toString(), "{\"reason\":\"" + e.slug() + "\"}");
            throw e;
        }
        return view(id, officer);
    }

    /** Gives up an open capture (the resident left, the chip fingers never matched): its biometrics go at once. */
    public CaptureView discard(UUID id, String why) {
        Officer officer = operator();
        String reason = why == null ? "" : why.strip();
        if (reason.isEmpty() || reason.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "problem.capture.discardReason", "say why in 1 to " + REASON_MAX + " characters",
                    REASON_MAX);
        }
        transactions.executeWithoutResult(s -> {
            CaptureRecord record = openRecord(store.lock(id, officer.officeCode()), id);
            Instant now = clock.instant();
            store.discard(id, reason, officer.username(), now);
            store.purge(id, now);
            audit.record(AuditAction.CAPTURE_DISCARDED, record.nik(), "{\"capture\":\"" + id + "\"}");
        });
        return view(id, officer);
    }

    /** One stored image, opened for the operator's screen (the read is audited). */
    public byte[] image(UUID id, ItemKind kind, int position) {
        Officer officer = access.officer();
        CaptureRecord record = store.find(id, officer.officeCode()).orElseThrow(() -> new NotFoundException("capture", id.toString()));
        byte[] sealed = store.sealedImage(id, kind, position)
                .orElseThrow(() -> new NotFoundException("capture image", kind + "_" + position));
        audit.record(AuditAction.BIOMETRIC_IMAGE_READ, record.nik(), "{\"capture\":\"" + id + "\",\"item\":\"" + kind + "_" + position + "\"}");
        return seal.open(sealed, PacketAssembly.binding(id, kind, position, "image"));
    }

    CaptureRecord record(UUID id, Officer officer) {
        return store.find(id, officer.officeCode()).orElseThrow(() -> new NotFoundException("capture", id.toString()));
    }

    CaptureView view(UUID id, Officer officer) {
        CaptureRecord record = record(id, officer);
        List<CaptureItem> items = store.items(id);
        List<FingerException> exceptions = store.exceptions(id);
        CapturePlan plan = new CapturePlan(items, exceptions, record.chipVerified());
        List<CaptureView.StepView> steps = CapturePlan.order().stream().map(s -> new CaptureView.StepView(s.code(), plan.done(s))).toList();
        List<CaptureView.ItemView> itemViews = items.stream().map(i -> new CaptureView.ItemView(i.code(), i.kind().name(), i.position(),
                i.attempts(), i.quality(), i.qualityReason(), i.deviceQuality(), i.accepted(), i.deviceId(), i.deviceCertificateSha256(),
                i.capturedAt(), i.purged())).toList();
        Optional<CaptureStep> next = plan.next();
        return new CaptureView(record, steps, itemViews, exceptions, plan.chipFingers(),
                Math.max(0, engine.chipAttempts() - record.chipAttempts()), next.map(CaptureStep::code).orElse(null),
                record.status() == CaptureStatus.OPEN && next.isEmpty());
    }

    private void finger(CaptureRecord record, CaptureStep step, Officer officer) {
        int position = step.position();
        DeviceCapture best = null;
        CaptureQuality bestQuality = null;
        int attempts = 0;
        while (attempts <= fingerRetries) {
            DeviceCapture capture = devices.capture(DeviceType.FINGERPRINT, List.of(position));
            attempts++;
            CapturedBiometric image = capture.capture().item(position);
            CaptureQuality quality = engine.quality(image.png(), image.dpi());
            if (bestQuality == null || quality.score() > bestQuality.score()) {
                best = capture;
                bestQuality = quality;
            }
            if (bestQuality.score() >= qualityThreshold) {
                break;
            }
        }
        CapturedBiometric image = best.capture().item(position);
        byte[] template = null;
        boolean accepted = bestQuality.score() >= qualityThreshold;
        if (accepted) {
            try {
                template = engine.isoTemplate(image.png(), image.dpi());
            } catch (AfisException e) {
                accepted = false;
            }
        }
        boolean usable = accepted;
        byte[] iso = template;
        CaptureQuality quality = bestQuality;
        DeviceCapture kept = best;
        int tries = attempts;
        stored(record, step, () -> {
            store(record.id(), ItemKind.FINGER, position, tries, quality.score(), quality.reason().name(), image, usable, kept, iso);
            if (!usable) {
                store.putException(record.id(), new FingerException(position, Reason.UNUSABLE), officer.username(), clock.instant());
            }
            audit.record(AuditAction.FINGER_CAPTURED, record.nik(), "{\"capture\":\"" + record.id() + "\",\"position\":" + position
                    + ",\"quality\":" + quality.score() + ",\"attempts\":" + tries + ",\"accepted\":" + usable + "}");
        });
    }

    private void single(CaptureRecord record, CaptureStep step, DeviceType type, ItemKind kind) {
        DeviceCapture capture = devices.capture(type, List.of());
        CapturedBiometric image = capture.capture().items().get(0);
        stored(record, step, () -> {
            store(record.id(), kind, 0, 1, image.quality(), "DEVICE", image, true, capture, null);
            audit.record(AuditAction.BIOMETRIC_CAPTURED, record.nik(), "{\"capture\":\"" + record.id() + "\",\"item\":\"" + kind + "\"}");
        });
    }

    private void irises(CaptureRecord record, CaptureStep step) {
        DeviceCapture capture = devices.capture(DeviceType.IRIS, List.of(1, 2));
        stored(record, step, () -> {
            for (int eye : List.of(1, 2)) {
                CapturedBiometric image = capture.capture().item(eye);
                store(record.id(), ItemKind.IRIS, eye, 1, image.quality(), "DEVICE", image, true, capture, null);
            }
            audit.record(AuditAction.BIOMETRIC_CAPTURED, record.nik(), "{\"capture\":\"" + record.id() + "\",\"item\":\"IRISES\"}");
        });
    }

    private void chipCheck(CaptureRecord record, CaptureStep step) {
        if (record.chipAttempts() >= engine.chipAttempts()) {
            throw new Refusal(HttpStatus.CONFLICT, "chip-attempts-exhausted", "capture", "problem.capture.chipExhausted",
                    "the chip fingers did not match in {0} attempts: discard the capture and call the supervisor", record.chipAttempts());
        }
        List<Integer> chip = plan(record).chipFingers();
        DeviceCapture capture = devices.capture(DeviceType.FINGERPRINT, chip);
        Map<Integer, byte[]> first = new LinkedHashMap<>();
        Map<Integer, byte[]> again = new LinkedHashMap<>();
        for (int position : chip) {
            first.put(position, seal.open(store.sealedTemplate(record.id(), ItemKind.FINGER, position).orElseThrow(),
                    PacketAssembly.binding(record.id(), ItemKind.FINGER, position, "template")));
            CapturedBiometric image = capture.capture().item(position);
            try {
                again.put(position, engine.isoTemplate(image.png(), image.dpi()));
            } catch (AfisException e) {
                // An unreadable re-capture cannot match: the attempt counts, as a failed one.
            }
        }
        FingerEngine.ChipCheck check = again.size() == chip.size() ? engine.verifyChipFingers(first, again) : new FingerEngine.ChipCheck(false, 0);
        stored(record, step, () -> {
            for (int position : chip) {
                CapturedBiometric image = capture.capture().item(position);
                CaptureQuality quality = engine.quality(image.png(), image.dpi());
                store(record.id(), ItemKind.CHIP_FINGER, position, 1, quality.score(), quality.reason().name(), image, check.match(), capture,
                        again.get(position));
            }
            store.chipAttempt(record.id(), check.match(), check.score());
            audit.record(check.match() ? AuditAction.CHIP_FINGERS_VERIFIED : AuditAction.CHIP_FINGERS_NOT_MATCHED, record.nik(),
                    "{\"capture\":\"" + record.id() + "\",\"fingers\":" + chip + ",\"score\":" + Math.round(check.score()) + "}");
        });
    }

    /** Stores a step's result if the record is still open and the step still the next one. */
    private void stored(CaptureRecord record, CaptureStep step, Runnable work) {
        transactions.executeWithoutResult(s -> {
            CaptureRecord locked = openRecord(store.lock(record.id(), record.officeCode()), record.id());
            if (!plan(locked).next().equals(Optional.of(step))) {
                throw new Refusal(HttpStatus.CONFLICT, "capture-moved-on", "capture", "problem.capture.movedOn",
                        "step {0} was taken meanwhile", step.code());
            }
            work.run();
        });
    }

    private void store(UUID recordId, ItemKind kind, int position, int attempts, int quality, String reason, CapturedBiometric image,
            boolean accepted, DeviceCapture device, byte[] template) {
        CaptureItem item = new CaptureItem(recordId, kind, position, attempts, quality, reason, image.quality(), accepted, image.width(),
                image.height(), image.dpi(), device.capture().deviceId(), device.model(), device.certificateSha256(),
                device.capture().capturedAt(), false);
        store.putItem(item, seal.seal(image.png(), PacketAssembly.binding(recordId, kind, position, "image")),
                template == null ? null : seal.seal(template, PacketAssembly.binding(recordId, kind, position, "template")));
    }

    private CapturePlan plan(CaptureRecord record) {
        return new CapturePlan(store.items(record.id()), store.exceptions(record.id()), record.chipVerified());
    }

    private static CaptureRecord openRecord(Optional<CaptureRecord> found, UUID id) {
        CaptureRecord record = found.orElseThrow(() -> new NotFoundException("capture", id.toString()));
        if (record.status() != CaptureStatus.OPEN) {
            throw new Refusal(HttpStatus.CONFLICT, "capture-" + record.status().name().toLowerCase(), "capture", "problem.capture.notOpen",
                    "the capture is {0}", record.status());
        }
        return record;
    }

    private String stationOf(Officer officer) {
        return station.isBlank() ? officer.officeCode() : station;
    }

    /** The operator (or service officer) of one kecamatan's service point. */
    private Officer operator() {
        Officer officer = access.officer();
        EnrollmentAccess.kecamatanOf(officer);
        if (officer.role() != Role.OPERATOR && officer.role() != Role.SERVICE_OFFICER) {
            throw new AccessDeniedException("the capture is taken by an operator or service officer");
        }
        return officer;
    }
}
