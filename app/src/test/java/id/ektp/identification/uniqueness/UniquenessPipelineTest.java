package id.ektp.identification.uniqueness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.ektp.accounts.AccountsTestSupport;
import id.ektp.accounts.Role;
import id.ektp.identification.CaseDecided;
import id.ektp.identification.CentralStatus;
import id.ektp.identification.DuplicateResolved;
import id.ektp.identification.standin.AdjudicationHandOvers;
import id.ektp.identification.standin.TestIntake;
import id.ektp.identification.standin.FailingPacketReads;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.index.FastGallery;
import id.ektp.identification.uniqueness.FvcPackets.Resident;
import id.ektp.packet.BiometricFormat;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.FingerPosition;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The uniqueness check as the data centre runs it, on real FVC2002 fingers, with intake and adjudication
 * played by test stand-ins: a resident enrolled twice is found whichever packet comes first and when both are
 * searched at the same moment; strangers become print-ready; bad packets are refused before the gallery; a
 * failing stage is retried, parked and reprocessed; the people's decisions take effect in the gallery.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class UniquenessPipelineTest extends AccountsTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    TestIntake intake;
    @Autowired
    FailingPacketReads packets;
    @Autowired
    AdjudicationHandOvers adjudication;
    @Autowired
    UniquenessRecords records;
    @Autowired
    GalleryKeeper gallery;
    @Autowired
    TestCheckpoints checkpoints;
    @Autowired
    GalleryReconciliation reconciliation;

    private static int residents;

    private static Resident someone(String name) {
        return FvcPackets.resident(++residents + 100, name);
    }

    private Stage settled(UUID packetId) {
        await().atMost(PATIENCE).until(() -> records.find(packetId).map(r -> !r.stage().worked()).orElse(false));
        return records.get(packetId).stage();
    }

    @Test
    void aResidentEnrolledTwiceIsFoundWhicheverPacketArrivesFirstAndStrangersBecomePrintReady() {
        // Person 1 enrolled first at Sukasari with impression 1, then at Coblong under another name with impression 2.
        EnrolmentPacket first = FvcPackets.packet(someone("SITI AMINAH"), 1, 1);
        intake.receive("32.73.01-91", first);
        assertThat(settled(first.packetId())).isEqualTo(Stage.DONE);
        EnrolmentPacket again = FvcPackets.packet(someone("SITI AMINAH BINTI UMAR"), 1, 2);
        intake.receive("32.73.02-91", again);
        // Person 2 the other way round: the later impression arrives first.
        EnrolmentPacket laterFirst = FvcPackets.packet(someone("DEDI KURNIAWAN"), 2, 3);
        intake.receive("32.73.02-91", laterFirst);
        assertThat(settled(laterFirst.packetId())).isEqualTo(Stage.DONE);
        EnrolmentPacket earlierSecond = FvcPackets.packet(someone("DEDY KURNIAWAN"), 2, 1);
        intake.receive("32.73.01-91", earlierSecond);
        EnrolmentPacket stranger = FvcPackets.packet(someone("RINA MARLINA"), 3, 1);
        intake.receive("32.73.01-91", stranger);

        assertThat(settled(again.packetId())).isEqualTo(Stage.CLARIFICATION);
        assertThat(settled(earlierSecond.packetId())).isEqualTo(Stage.CLARIFICATION);
        assertThat(settled(stranger.packetId())).isEqualTo(Stage.DONE);

        assertThat(packets.status(first.packetId())).isEqualTo(CentralStatus.PRINT_READY_RECORD);
        assertThat(packets.status(laterFirst.packetId())).isEqualTo(CentralStatus.PRINT_READY_RECORD);
        assertThat(packets.status(stranger.packetId())).isEqualTo(CentralStatus.PRINT_READY_RECORD);
        assertThat(packets.status(again.packetId())).isEqualTo(CentralStatus.DUPLICATE_RECORD);
        assertThat(packets.history(again.packetId())).containsExactly("RECEIVED_AT_CENTRAL", "SEARCH_IN_PROGRESS", "DUPLICATE_RECORD");
        assertThat(adjudication.calls(again.packetId())).containsExactly(
                new AdjudicationHandOvers.Call("CLARIFICATION", List.of(first.packetId())));
        assertThat(adjudication.calls(earlierSecond.packetId())).containsExactly(
                new AdjudicationHandOvers.Call("CLARIFICATION", List.of(laterFirst.packetId())));
        assertThat(adjudication.calls(stranger.packetId())).isEmpty();
        // Every searched person is in the gallery, and the engine holds reference IDs only, never packets.
        for (EnrolmentPacket p : List.of(first, again, laterFirst, earlierSecond, stranger)) {
            UniquenessRecord r = records.get(p.packetId());
            assertThat(r.inGallery()).isTrue();
            assertThat(gallery.contains(r.referenceId())).isTrue();
            assertThat(gallery.contains(p.packetId())).isFalse();
        }
        Candidate found = records.candidates(again.packetId()).get(0);
        assertThat(found.score()).isGreaterThanOrEqualTo(gallery.policy().thresholds().duplicate());
        assertThat(found.fingerScores()).hasSize(4);
    }

    @Test
    void twoPacketsOfOnePersonSearchedAtTheSameMomentFindEachOther() {
        EnrolmentPacket a = FvcPackets.packet(someone("AGUS SETIAWAN"), 4, 1);
        EnrolmentPacket b = FvcPackets.packet(someone("AGUS SETIAWAN"), 4, 2);
        // Both wait after their search until both have searched: neither was in the gallery when the other looked.
        checkpoints.holdSearches(Set.of(a.packetId(), b.packetId()));
        try {
            intake.receive("32.73.01-91", a, b);
            Stage sa = settled(a.packetId());
            Stage sb = settled(b.packetId());
            assertThat(List.of(sa, sb)).containsExactlyInAnyOrder(Stage.DONE, Stage.CLARIFICATION);
        } finally {
            checkpoints.holdSearches(Set.of());
        }
        EnrolmentPacket duplicate = records.get(a.packetId()).stage() == Stage.CLARIFICATION ? a : b;
        EnrolmentPacket original = duplicate == a ? b : a;
        assertThat(adjudication.calls(duplicate.packetId())).containsExactly(
                new AdjudicationHandOvers.Call("CLARIFICATION", List.of(original.packetId())));
        assertThat(packets.status(original.packetId())).isEqualTo(CentralStatus.PRINT_READY_RECORD);
        assertThat(gallery.contains(records.get(a.packetId()).referenceId())).isTrue();
        assertThat(gallery.contains(records.get(b.packetId()).referenceId())).isTrue();
    }

    @Test
    void badPacketsAreRefusedWithTheirReasonAndNeverReachTheGallery() {
        Resident who = someone("BUDI SANTOSO");
        EnumSet<FingerPosition> four = EnumSet.copyOf(FvcPackets.POSITIONS);
        List<EnrolmentPacket> bad = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        // A template cut short in transfer.
        List<BiometricItem> cut = fingers(5);
        byte[] iso = FvcPackets.iso(5, FingerPosition.RIGHT_THUMB, 1);
        cut.set(1, BiometricItem.finger(FingerPosition.RIGHT_THUMB, BiometricFormat.ISO_19794_2_2005, 60,
                java.util.Arrays.copyOf(iso, iso.length - 7)));
        bad.add(FvcPackets.packet(who, cut, FvcPackets.notCaptured(four)));
        reasons.add("RIGHT_THUMB");
        // The station's template is another finger's than its image.
        List<BiometricItem> swapped = fingers(5);
        swapped.set(3, BiometricItem.finger(FingerPosition.RIGHT_INDEX, BiometricFormat.ISO_19794_2_2005, 60,
                FvcPackets.iso(6, FingerPosition.RIGHT_INDEX, 1)));
        bad.add(FvcPackets.packet(who, swapped, FvcPackets.notCaptured(four)));
        reasons.add("does not match its image");
        // A finger neither captured nor declared not capturable.
        List<BiometricItem> missing = fingers(5);
        missing.subList(6, 8).clear();
        bad.add(FvcPackets.packet(who, missing, FvcPackets.notCaptured(four)));
        reasons.add("LEFT_INDEX: neither captured");
        // One finger's image twice.
        List<BiometricItem> twice = fingers(5);
        twice.add(twice.get(0));
        bad.add(FvcPackets.packet(who, twice, FvcPackets.notCaptured(four)));
        reasons.add("two images for one finger");
        // An image far beyond what a finger is.
        List<BiometricItem> huge = fingers(5);
        huge.set(0, BiometricItem.finger(FingerPosition.RIGHT_THUMB, BiometricFormat.PNG, 60, new byte[PacketValidation.MAX_IMAGE_BYTES + 1]));
        bad.add(FvcPackets.packet(who, huge, FvcPackets.notCaptured(four)));
        reasons.add("an image of");
        // A blank platen: no ridges to find, too few minutiae.
        List<BiometricItem> blank = fingers(5);
        blank.set(0, BiometricItem.finger(FingerPosition.RIGHT_THUMB, BiometricFormat.PNG, 60, blankPng()));
        blank.remove(1);
        bad.add(FvcPackets.packet(who, blank, FvcPackets.notCaptured(four)));
        reasons.add("RIGHT_THUMB");

        int before = gallery.count();
        for (EnrolmentPacket p : bad) {
            intake.receive("32.73.01-91", p);
        }
        for (int i = 0; i < bad.size(); i++) {
            UUID id = bad.get(i).packetId();
            assertThat(settled(id)).as("packet %d", i).isEqualTo(Stage.REJECTED);
            assertThat(packets.status(id)).isEqualTo(CentralStatus.ENROLL_FAILURE_AT_CENTRAL);
            assertThat(packets.reason(id)).as("packet %d", i).contains(reasons.get(i));
            assertThat(records.get(id).inGallery()).isFalse();
            assertThat(gallery.contains(records.get(id).referenceId())).isFalse();
        }
        assertThat(gallery.count()).isEqualTo(before);
        // The same person's good packet still goes in: nothing of the bad ones was left half-stored.
        EnrolmentPacket good = FvcPackets.packet(who, 5, 1);
        intake.receive("32.73.01-91", good);
        assertThat(settled(good.packetId())).isEqualTo(Stage.DONE);
        assertThat(gallery.count()).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void aStageThatKeepsFailingIsParkedAndADataCentreOfficerReprocessesIt() {
        EnrolmentPacket p = FvcPackets.packet(someone("YULIANTI"), 7, 1);
        packets.failReads(p.packetId(), -1);
        intake.receive("32.73.01-91", p);
        assertThat(settled(p.packetId())).isEqualTo(Stage.PARKED);
        UniquenessRecord parked = records.get(p.packetId());
        assertThat(parked.parkedStage()).isEqualTo(Stage.VALIDATION);
        assertThat(parked.attempts()).isEqualTo(3);
        assertThat(parked.parkedReason()).contains("packet store unreachable");
        assertThat(packets.status(p.packetId())).isEqualTo(CentralStatus.SEARCH_FAILURE_AT_CENTRAL);

        String officer = officer(Role.DATA_CENTRE_OFFICER, "", "PUSAT");
        HttpResponse<String> list = get("/api/v1/uniqueness/records?stage=PARKED", basic(officer));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(p.packetId().toString());
        assertThat(post("/api/v1/uniqueness/records/" + p.packetId() + "/reprocess", basic(officer(Role.ADJUDICATOR, "", "PUSAT")), null)
                .statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/uniqueness/records/" + UUID.randomUUID(), basic(officer)).statusCode()).isEqualTo(404);

        packets.healReads(p.packetId());
        HttpResponse<String> reprocessed = post("/api/v1/uniqueness/records/" + p.packetId() + "/reprocess", basic(officer), null);
        assertThat(reprocessed.statusCode()).as(reprocessed.body()).isEqualTo(200);
        assertThat(settled(p.packetId())).isEqualTo(Stage.DONE);
        assertThat(packets.status(p.packetId())).isEqualTo(CentralStatus.PRINT_READY_RECORD);
        assertThat(post("/api/v1/uniqueness/records/" + p.packetId() + "/reprocess", basic(officer), null).statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_id = ? AND action = 'UNIQUENESS_REPROCESS'")
                .param(p.packetId().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aNikHeldByAnotherPersonGoesToTheAdjudicatorsAndTheirDecisionTakesEffect() {
        Resident holder = someone("HENDRA GUNAWAN");
        EnrolmentPacket first = FvcPackets.packet(holder, 8, 1);
        intake.receive("32.73.01-91", first);
        assertThat(settled(first.packetId())).isEqualTo(Stage.DONE);
        // Another person (other fingers) under the same NIK.
        EnrolmentPacket clash = FvcPackets.packet(new Resident(holder.nik(), "WAWAN HERMAWAN", holder.born().plusYears(3),
                holder.sex(), holder.desaCode()), 9, 1);
        intake.receive("32.73.01-91", clash);
        assertThat(settled(clash.packetId())).isEqualTo(Stage.ADJUDICATION);
        assertThat(packets.status(clash.packetId())).isEqualTo(CentralStatus.ADJUDICATE_RECORD);
        assertThat(adjudication.calls(clash.packetId())).containsExactly(new AdjudicationHandOvers.Call("CASE", List.of(first.packetId())));
        assertThat(records.candidates(clash.packetId())).singleElement()
                .satisfies(c -> assertThat(c.foundBy()).isEqualTo(Candidate.FoundBy.SAME_NIK));

        intake.publish(new CaseDecided(clash.packetId(), List.of()));
        await().atMost(PATIENCE).until(() -> records.get(clash.packetId()).stage() == Stage.DONE);
        assertThat(packets.status(clash.packetId())).isEqualTo(CentralStatus.PRINT_READY_RECORD);
    }

    @Test
    void aWithdrawnDuplicateLeavesTheGalleryAndAFalseMatchStays() {
        EnrolmentPacket first = FvcPackets.packet(someone("NENENG SURYANI"), 10, 1);
        intake.receive("32.73.01-91", first);
        assertThat(settled(first.packetId())).isEqualTo(Stage.DONE);
        EnrolmentPacket again = FvcPackets.packet(someone("NENENG S"), 10, 4);
        intake.receive("32.73.02-91", again);
        assertThat(settled(again.packetId())).isEqualTo(Stage.CLARIFICATION);
        UUID reference = records.get(again.packetId()).referenceId();
        assertThat(gallery.contains(reference)).isTrue();

        intake.publish(new DuplicateResolved(again.packetId(), first.packetId(), DuplicateResolved.Resolution.WITHDRAW_THIS, "datang dua kali"));
        await().atMost(PATIENCE).until(() -> records.get(again.packetId()).stage() == Stage.DONE);
        await().atMost(PATIENCE).until(() -> !gallery.contains(reference));
        assertThat(records.get(again.packetId()).inGallery()).isFalse();
        assertThat(gallery.contains(records.get(first.packetId()).referenceId())).isTrue();
        assertThat(packets.status(again.packetId())).isEqualTo(CentralStatus.DUPLICATE_RECORD);
        assertThat(packets.reason(again.packetId())).contains("withdrawn");

        // A third enrolment of the same person is still found, against the record that was kept.
        EnrolmentPacket third = FvcPackets.packet(someone("NENENG"), 10, 6);
        intake.receive("32.73.01-91", third);
        assertThat(settled(third.packetId())).isEqualTo(Stage.CLARIFICATION);
        assertThat(adjudication.calls(third.packetId())).containsExactly(
                new AdjudicationHandOvers.Call("CLARIFICATION", List.of(first.packetId())));
        intake.publish(new DuplicateResolved(third.packetId(), first.packetId(), DuplicateResolved.Resolution.FALSE_MATCH, null));
        await().atMost(PATIENCE).until(() -> records.get(third.packetId()).stage() == Stage.DONE);
        assertThat(packets.status(third.packetId())).isEqualTo(CentralStatus.PRINT_READY_RECORD);
        assertThat(gallery.contains(records.get(third.packetId()).referenceId())).isTrue();

        // A fourth: the same person as both kept records; the Dinas withdraws the earliest, this one goes on.
        EnrolmentPacket fourth = FvcPackets.packet(someone("NENENG SURYANI"), 10, 7);
        intake.receive("32.73.01-91", fourth);
        assertThat(settled(fourth.packetId())).isEqualTo(Stage.CLARIFICATION);
        assertThat(adjudication.calls(fourth.packetId()).get(0).others()).containsExactlyInAnyOrder(first.packetId(), third.packetId());
        intake.publish(new DuplicateResolved(fourth.packetId(), first.packetId(), DuplicateResolved.Resolution.WITHDRAW_EARLIER, null));
        await().atMost(PATIENCE).until(() -> records.get(fourth.packetId()).stage() == Stage.DONE);
        UUID firstReference = records.get(first.packetId()).referenceId();
        await().atMost(PATIENCE).until(() -> !gallery.contains(firstReference));
        assertThat(packets.status(fourth.packetId())).isEqualTo(CentralStatus.PRINT_READY_RECORD);
        assertThat(packets.status(first.packetId())).isEqualTo(CentralStatus.DUPLICATE_RECORD);
        assertThat(packets.reason(first.packetId())).contains("withdrawn");
        assertThat(records.get(first.packetId()).inGallery()).isFalse();
        assertThat(gallery.contains(records.get(fourth.packetId()).referenceId())).isTrue();
    }

    /** Last: it closes and rebuilds the gallery the other tests' records are in (the persons they enrolled). */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void aLostOrDamagedGalleryFolderIsRebuiltFromTheStoredPackets() throws Exception {
        java.util.Map<UUID, UUID> members = records.galleryMembers();
        assertThat(members).isNotEmpty();

        // Lost: the folder is gone (set aside); the start-up reconciliation inserts every member again.
        gallery.startAfresh("test: folder lost");
        assertThat(gallery.count()).isZero();
        reconciliation.reconcile();
        assertThat(reconciliation.progress().state()).isEqualTo("READY");
        assertThat(reconciliation.progress().total()).isEqualTo(members.size());
        assertThat(members.keySet()).allMatch(gallery::contains);
        assertThat(gallery.count()).isEqualTo(members.size());

        // Damaged: the template log cut in the middle of a record and garbage appended, found when it is opened.
        gallery.close();
        java.nio.file.Path log = gallery.directory().resolve("templates.log");
        long size = java.nio.file.Files.size(log);
        try (var file = java.nio.channels.FileChannel.open(log, java.nio.file.StandardOpenOption.WRITE)) {
            file.truncate(size * 2 / 3);
            file.write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}), size * 2 / 3);
        }
        reconciliation.reconcile();
        assertThat(members.keySet()).allMatch(gallery::contains);
        assertThat(gallery.count()).isEqualTo(records.galleryMembers().size());
        assertThat(reconciliation.progress().state()).isEqualTo("READY");
    }

    /**
     * After the others: the folder the pipeline filled holds no template in the clear (its files sealed under
     * central's {@code gallery.key}, which lives outside the folder, owner-only); a folder written in the clear
     * (before sealing) is never read as sealed but rebuilt sealed from the packets, and its clear copy removed.
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE - 1)
    void theGalleryFolderHoldsNoTemplateInTheClearAndAFolderInTheClearIsRebuiltSealed() throws Exception {
        // every FVC person is enrolled by the tests before; whatever the decision, the searched record is in the gallery
        EnrolmentPacket packet = FvcPackets.packet(someone("WULAN SARI"), 9, 3);
        intake.receive("32.73.01-91", packet);
        settled(packet.packetId());
        assertThat(records.get(packet.packetId()).inGallery()).isTrue();
        TenPrint print = fingerprints.of(packet.packetId());
        java.util.Map<UUID, UUID> members = records.galleryMembers();
        gallery.close(); // the template log flushed and the index snapshot written
        java.nio.file.Path folder = gallery.directory();

        // The check is shown to work: the same print written by the engine in the clear is found in its file.
        java.nio.file.Path clearFolder = folder.resolveSibling("clear-control");
        try (FastGallery clear = FastGallery.open(clearFolder, MatchPolicy.DEFAULT, FastGallery.Options.DEFAULT)) {
            clear.insert(UUID.randomUUID(), print);
        }
        assertThat(holdsAnyTemplate(clearFolder, print)).isTrue();
        assertThat(holdsAnyTemplate(folder, print)).as("the gallery folder holds template bytes in the clear").isFalse();
        try (var files = java.nio.file.Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("templates.log", "index.snapshot");
        }
        java.nio.file.Path key = folders.folder("", "central").resolve("gallery.key");
        assertThat(java.nio.file.Files.getPosixFilePermissions(key)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);

        // A folder in the clear found at start: set aside, rebuilt sealed from the packets, the clear copy deleted.
        deleteTree(folder);
        deleteTree(clearFolder);
        try (FastGallery clear = FastGallery.open(folder, MatchPolicy.DEFAULT, FastGallery.Options.DEFAULT)) {
            clear.insert(records.get(packet.packetId()).referenceId(), print);
        }
        reconciliation.reconcile();
        assertThat(reconciliation.progress().state()).isEqualTo("READY");
        assertThat(members.keySet()).allMatch(gallery::contains);
        assertThat(gallery.count()).isEqualTo(members.size());
        assertThat(new String(java.nio.file.Files.readAllBytes(folder.resolve("templates.log")), 0, 8,
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("EKTPSEAL");
        try (var siblings = java.nio.file.Files.list(folder.getParent())) {
            assertThat(siblings.filter(java.nio.file.Files::isDirectory).filter(d -> holdsAnyTemplate(d, print)))
                    .as("a copy of the gallery in the clear is left beside it").isEmpty();
        }
    }

    @Autowired
    Fingerprints fingerprints;
    @Autowired
    id.ektp.platform.startup.DataFolders folders;

    /** Whether any file directly in {@code folder} contains a 24-byte window of one of the print's stored templates. */
    private static boolean holdsAnyTemplate(java.nio.file.Path folder, TenPrint print) {
        try (var files = java.nio.file.Files.list(folder)) {
            for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                byte[] bytes = java.nio.file.Files.readAllBytes(file);
                for (var template : print.fingers().values()) {
                    byte[] stored = template.toBytes();
                    for (int at = 0; at + 24 <= stored.length; at += stored.length / 4) {
                        if (indexOf(bytes, java.util.Arrays.copyOfRange(stored, at, at + 24)) >= 0) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Where {@code needle} starts in {@code haystack}, or -1 (Latin-1 maps each byte to one char). */
    private static int indexOf(byte[] haystack, byte[] needle) {
        return new String(haystack, java.nio.charset.StandardCharsets.ISO_8859_1)
                .indexOf(new String(needle, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static void deleteTree(java.nio.file.Path folder) throws java.io.IOException {
        if (java.nio.file.Files.exists(folder)) {
            try (var files = java.nio.file.Files.walk(folder)) {
                for (java.nio.file.Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(file);
                }
            }
        }
    }

    private static List<BiometricItem> fingers(int person) {
        List<BiometricItem> items = new ArrayList<>();
        for (FingerPosition p : FvcPackets.POSITIONS) {
            items.add(BiometricItem.finger(p, BiometricFormat.PNG, 60, FvcPackets.png(person, p, 1)));
            items.add(BiometricItem.finger(p, BiometricFormat.ISO_19794_2_2005, 60, FvcPackets.iso(person, p, 1)));
        }
        return items;
    }

    private static byte[] blankPng() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(300, 300, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 300, 300);
            g.dispose();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
