package id.ektp.identification.uniqueness;

import id.ektp.EktpApplication;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.identification.intake.GalleryKeyFile;
import id.ektp.enrollment.upload.TestPackets;
import id.ektp.identification.intake.CentralDelivery;
import id.ektp.identification.uniqueness.BacklogSet.Planted;
import id.ektp.packet.BiometricFormat;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.CaptureMetadata;
import id.ektp.packet.Demographics;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.PacketOpener;
import id.ektp.packet.PacketSealer;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backlog benchmark of issue 15 (a command in the test tree: never shipped). A gallery of synthetic persons
 * and a backlog with planted duplicates, written by the lab's {@code BacklogSetWriter} (the generator's minutiae
 * templates in place of images), run through the real pipeline on an embedded PostgreSQL: each backlog record is
 * sealed as a station seals it (CMS signed with the station's EC key, encrypted for central's RSA key) and
 * accepted by central's intake, then drained by the pipeline's workers. The gallery is built once per set into
 * a prepared folder ({@link PreparedGallery}) and copied for each run; its persons' records are written to the
 * throw-away database and the folder reconciled with them, as at a restart. Side by side in the same run, before
 * and after the drain, the engine's own identify rate on the same gallery, with as many concurrent searches as
 * the pipeline has workers, is the baseline; the report gives the ratio (wall and CPU), the drain time, each
 * stage's throughput, the planted duplicates found and each candidate outside the planted pairs. Beside it,
 * intake of typical packets with full-size real FVC2002 images is timed on a sample.
 *
 * <pre>
 * java -Xmx5g -cp app/target/test-classes:app/target/classes:$(cat app/target/test-cp.txt) \
 *     id.ektp.identification.uniqueness.BacklogBenchmark set.bin [workers=2] [baselineProbes=100] [records=all]
 *     [prepared=set.bin.prepared] [imageSample=50]
 * </pre>
 */
public final class BacklogBenchmark {

    private static final String[] NAMES = {"SITI", "DEDI", "RINA", "AGUS", "BUDI", "YULI", "HENDRA", "NENENG", "IWAN", "WAWAN",
            "DEWI", "ASEP", "EUIS", "UJANG", "LILIS", "ENDANG", "TATANG", "CUCU", "OMAN", "EMAN"};
    private static final long PROGRESS_EVERY = 30_000_000_000L;

    private BacklogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path setFile = Path.of(args[0]);
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int baselineProbes = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int records = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        Path prepared = args.length > 4 ? Path.of(args[4]) : Path.of(setFile + ".prepared");
        int imageSample = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        Security.addProvider(new BouncyCastleProvider());

        // the run's gallery folder: empty while the records are written, then a copy of the prepared one
        Path runGallery = Path.of(prepared + "-run", "gallery");
        PreparedGallery.deleteTree(runGallery);
        // Central's keys are kept beside the prepared gallery across runs: its folder is sealed under this
        // gallery.key, as production's is, so each run's platform opens the copy with the key it reads itself.
        Path centralKeys = Path.of(prepared + "-central");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(EktpApplication.class).profiles("test")
                .run("--server.port=0", "--ektp.uniqueness.workers=" + workers, "--ektp.uniqueness.max-attempts=5",
                        "--ektp.uniqueness.first-retry=PT1S", "--ektp.gallery.dir=" + runGallery, "--ektp.central.dir=" + centralKeys,
                        "--logging.level.id.ektp.identification.uniqueness=WARN", "--logging.level.root=WARN");
        try {
            List<Planted> backlog;
            List<Planted> laterProbes;
            PreparedGallery gallery;
            int galleryPersons;
            try (BacklogSet set = BacklogSet.open(setFile)) {
                galleryPersons = set.galleryPersons();
                int drained = Math.min(records, set.backlogRecords());
                System.out.printf("Backlog benchmark: gallery %,d persons, backlog %,d of the set's %,d records, %d workers%n", galleryPersons,
                        drained, set.backlogRecords(), workers);
                gallery = PreparedGallery.of(prepared, set, app.getBean(GalleryKeyFile.class).key());
                List<Planted> all = set.backlog(drained + baselineProbes);
                backlog = all.subList(0, drained);
                // the baseline after the drain searches records the drain did not insert (the set's next ones, when it has them)
                laterProbes = all.size() > drained ? all.subList(drained, all.size()) : backlog;
            }
            UUID[] galleryPackets = enrolEarlier(app, galleryPersons, gallery);
            new BacklogBenchmark.Run(app, workers).drain(backlog, laterProbes, baselineProbes, galleryPackets, imageSample);
        } finally {
            app.close();
        }
    }

    /**
     * The gallery as earlier years left it: each person's record DONE and in the gallery, written to the
     * database; then a copy of the prepared folder takes the empty one's place and is reconciled with the records.
     */
    private static UUID[] enrolEarlier(ConfigurableApplicationContext app, int persons, PreparedGallery prepared) throws Exception {
        UniquenessPipeline pipeline = app.getBean(UniquenessPipeline.class);
        long waitUntil = System.nanoTime() + 120_000_000_000L;
        while (!pipeline.running() && System.nanoTime() < waitUntil) {
            Thread.onSpinWait();
        }
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Random random = new Random(15);
        UUID[] packets = new UUID[persons];
        long started = System.nanoTime();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            packets[i] = UUID.randomUUID();
            batch.add(new Object[] {packets[i], PreparedGallery.referenceId(i), nik(i), name(random), birth(random), sex(random)});
            if (batch.size() == 1_000 || i == persons - 1) {
                jdbc.batchUpdate("""
                        INSERT INTO uniqueness_record (packet_id, reference_id, stage, next_attempt_at, station, nik, full_name, date_of_birth,
                            sex, desa_code, decision, outcome, in_gallery, received_at, stage_entered_at)
                        VALUES (?, ?, 'DONE', now(), 'EARLIER', ?, ?, ?, ?, '32.73.01.1001', 'UNIQUE', 'PRINT_READY_RECORD', true, now(), now())""",
                        batch);
                batch.clear();
            }
        }
        System.out.printf("Records of the %,d gallery persons written in %.0f s%n", persons, (System.nanoTime() - started) / 1e9);
        GalleryKeeper keeper = app.getBean(GalleryKeeper.class);
        started = System.nanoTime();
        keeper.close(); // no record is waiting, so no worker reaches for the gallery meanwhile
        prepared.copyTo(keeper.directory());
        app.getBean(GalleryReconciliation.class).reconcile();
        GalleryReconciliation.Progress progress = app.getBean(GalleryReconciliation.class).progress();
        if (!progress.state().equals("READY") || progress.total() != 0 || keeper.count() != persons) {
            throw new IllegalStateException("the prepared gallery does not agree with its records: " + progress + ", " + keeper.count() + " persons");
        }
        System.out.printf("Prepared gallery opened and reconciled with the records in %.1f s: %,d persons%n", (System.nanoTime() - started) / 1e9,
                keeper.count());
        return packets;
    }

    /** One run's drain and its measurements. */
    private static final class Run {
        private final ConfigurableApplicationContext app;
        private final int workers;
        private final GalleryKeeper gallery;
        private final JdbcClient jdbc;
        private final CpuClock cpu;
        private final Random random = new Random(16);

        Run(ConfigurableApplicationContext app, int workers) {
            this.app = app;
            this.workers = workers;
            this.gallery = app.getBean(GalleryKeeper.class);
            this.jdbc = app.getBean(JdbcClient.class);
            this.cpu = new CpuClock(jdbc);
        }

        /** The engine alone: {@code probes} searched by as many threads as the pipeline has workers. */
        record Baseline(int searches, double seconds, double cpuSeconds) {
            double rate() {
                return searches / seconds;
            }

            double cpuPerSearch() {
                return cpuSeconds / searches;
            }
        }

        Baseline baseline(String when, List<Planted> from, int count) throws Exception {
            List<TenPrint> probes = from.subList(0, Math.min(count, from.size())).stream().map(p -> p.person().tenPrint()).toList();
            ExecutorService searchers = Executors.newFixedThreadPool(workers);
            AtomicInteger next = new AtomicInteger();
            CpuClock.Reading before = cpu.now();
            long started = System.nanoTime();
            List<Future<?>> searches = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                searches.add(searchers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < probes.size(); i = next.getAndIncrement()) {
                        GalleryKeeper.Search s = gallery.search(probes.get(i), 10);
                        gallery.searchEnded(s);
                    }
                }));
            }
            for (Future<?> f : searches) {
                f.get();
            }
            searchers.shutdown();
            Baseline b = new Baseline(probes.size(), (System.nanoTime() - started) / 1e9, cpu.now().minus(before).jvm());
            System.out.printf("Engine alone %s: %d identifications in %.1f s = %.2f /s (%d concurrent), %.0f ms CPU each; load average %.1f%n", when,
                    b.searches(), b.seconds(), b.rate(), workers, 1000 * b.cpuPerSearch(), loadAverage());
            return b;
        }

        void drain(List<Planted> backlog, List<Planted> laterProbes, int baselineProbes, UUID[] galleryPackets, int imageSample) throws Exception {
            StageTimings timings = app.getBean(StageTimings.class);
            storeEarlierPackets(backlog, galleryPackets);
            // A cold engine (JIT, the gallery's pages) searched a third slower before the drain than after it in
            // three runs, which flattered the pipeline: the baseline starts warm.
            baseline("to warm up, not counted", laterProbes, baselineProbes);
            Baseline before = baseline("before the drain", backlog, baselineProbes);

            // The backlog submitted at once: each packet sealed by its station beforehand (the stations' work, on
            // their own machines), then all handed to central's intake, whose verification is part of the drain.
            UUID[] backlogPackets = new UUID[backlog.size()];
            List<byte[]> sealed = new ArrayList<>(backlog.size());
            CentralDelivery delivery = app.getBean(CentralDelivery.class);
            long sealStart = System.nanoTime();
            double sealCpu = CpuClock.thread();
            for (int i = 0; i < backlog.size(); i++) {
                EnrolmentPacket packet = packet(backlog.get(i).person(), i);
                backlogPackets[i] = packet.packetId();
                sealed.add(delivery.seal(packet));
            }
            System.out.printf("Stations: %,d packets sealed beforehand in %.1f s (%.1f ms CPU a packet), %,d bytes%n", backlog.size(),
                    (System.nanoTime() - sealStart) / 1e9, 1000 * (CpuClock.thread() - sealCpu) / backlog.size(),
                    sealed.stream().mapToLong(b -> b.length).sum());
            CpuClock.Reading drainCpu = cpu.now();
            long drainStart = System.nanoTime();
            double intakeThreadCpu = CpuClock.thread();
            long lastReport = drainStart;
            for (int i = 0; i < sealed.size(); i++) {
                delivery.accept(sealed.set(i, null));
                if (System.nanoTime() - lastReport > PROGRESS_EVERY) {
                    lastReport = System.nanoTime();
                    System.out.printf("  intake %,d / %,d packets received; %s%n", i + 1, backlog.size(), progress(backlog.size(), drainStart));
                }
            }
            double intakeSeconds = (System.nanoTime() - drainStart) / 1e9;
            intakeThreadCpu = CpuClock.thread() - intakeThreadCpu;
            System.out.printf("Intake: %,d packets accepted in %.1f s (%.1f /s; %.1f ms wall, %.1f ms CPU a packet)%n", backlog.size(),
                    intakeSeconds, backlog.size() / intakeSeconds, 1000 * intakeSeconds / backlog.size(), 1000 * intakeThreadCpu / backlog.size());
            while (settled() < backlog.size()) {
                if (System.nanoTime() - lastReport > PROGRESS_EVERY) {
                    lastReport = System.nanoTime();
                    System.out.println("  " + progress(backlog.size(), drainStart));
                }
                synchronized (this) {
                    wait(200);
                }
            }
            double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
            CpuClock.Reading drained = cpu.now().minus(drainCpu);
            System.out.printf("Drained %,d records in %.1f s; load average %.1f%n", backlog.size(), drainSeconds, loadAverage());
            Baseline after = baseline("after the drain", laterProbes, baselineProbes);

            BacklogFindings findings = new BacklogFindings(backlog, galleryPackets, backlogPackets).read(jdbc);
            report(backlog.size(), timings, findings, drainSeconds, drained, intakeThreadCpu, before, after);
            if (imageSample > 0) {
                new ImageIntake(app.getBean(CentralDelivery.class)).measure(imageSample);
            }
        }

        /**
         * At central every gallery person came through intake, so a duplicate's clarification task finds the
         * earlier record's packet (its region). The prepared gallery has records only: the persons a planted
         * record copies get their packet stored under their record's packet ID (their record stays DONE; intake's
         * entry into the check is a no-op for a record already held).
         */
        private void storeEarlierPackets(List<Planted> backlog, UUID[] galleryPackets) {
            CentralDelivery delivery = app.getBean(CentralDelivery.class);
            long started = System.nanoTime();
            java.util.Set<Integer> mates = new java.util.TreeSet<>();
            for (Planted p : backlog) {
                if (p.kind() == BacklogSet.Kind.OF_GALLERY_PERSON && mates.add(p.mate())) {
                    EnrolmentPacket fresh = packet(p.person(), p.mate());
                    delivery.deliver(EnrolmentPacket.of(galleryPackets[p.mate()],
                            new Demographics(nik(p.mate()), fresh.demographics().kkNumber(), fresh.demographics().fullName(),
                                    fresh.demographics().placeOfBirth(), fresh.demographics().dateOfBirth(), fresh.demographics().sex(),
                                    fresh.demographics().desaCode()),
                            fresh.biometrics(), new CaptureMetadata("operator", "32.73.01-90", fresh.capture().device(),
                                    fresh.capture().capturedAt(), fresh.capture().exceptions())));
                }
            }
            System.out.printf("Packets of the %d gallery persons the backlog copies stored at central in %.1f s%n", mates.size(),
                    (System.nanoTime() - started) / 1e9);
        }

        private int settled() {
            return jdbc.sql("SELECT count(*) FROM uniqueness_record WHERE station = '32.73.01-91' AND stage NOT IN "
                    + "('VALIDATION', 'DEMOGRAPHIC', 'SEARCH', 'DECISION')").query(Integer.class).single();
        }

        /** A progress line: records decided, rate, what is left and when it should be done, records per stage. */
        private String progress(int total, long started) {
            int settled = settled();
            double elapsed = (System.nanoTime() - started) / 1e9;
            double rate = settled / elapsed;
            String eta = settled == 0 ? "ETA unknown" : String.format("ETA %.0f min", (total - settled) / rate / 60);
            Map<Stage, Integer> stages = app.getBean(UniquenessRecords.class).countByStage();
            stages.remove(Stage.DONE);
            return String.format("drained %,d / %,d (%.1f %%) in %.0f s, %.2f records/s, %s; load %.1f; waiting by stage %s", settled, total,
                    100.0 * settled / total, elapsed, rate, eta, loadAverage(), stages);
        }

        private void report(int records, StageTimings timings, BacklogFindings findings, double drainSeconds, CpuClock.Reading drained,
                double intakeThreadCpu, Baseline before, Baseline after) {
            double engineRate = (before.searches() + after.searches()) / (before.seconds() + after.seconds());
            double engineCpu = (before.cpuSeconds() + after.cpuSeconds()) / (before.searches() + after.searches());
            double pipelineRate = records / drainSeconds;
            // central's CPU: the JVM less the delivering thread (which also did the station's sealing), plus PostgreSQL
            double centralCpu = (drained.jvm() - intakeThreadCpu + drained.postgres()) / records;
            Map<String, Integer> outcomes = new TreeMap<>();
            jdbc.sql("SELECT coalesce(outcome, stage), count(*) FROM uniqueness_record WHERE station = '32.73.01-91' GROUP BY 1")
                    .query((java.sql.ResultSet rs) -> {
                        outcomes.put(rs.getString(1), rs.getInt(2));
                    });
            System.out.println();
            System.out.println("| measure | value |");
            System.out.println("|---|---|");
            System.out.printf("| backlog records | %,d (%,d planted duplicates: of gallery persons and of earlier backlog records) |%n", records,
                    findings.planted());
            System.out.printf("| time to drain (first packet handed to intake to last record decided) | %.1f s (%.2f h) |%n", drainSeconds, drainSeconds / 3600);
            System.out.printf("| pipeline throughput | %.2f records/s |%n", pipelineRate);
            System.out.printf("| engine alone (baseline, %d concurrent searches, same run) | %.2f identifications/s (%.2f before the drain, %.2f after);"
                    + " %.0f ms CPU a search |%n", workers, engineRate, before.rate(), after.rate(), 1000 * engineCpu);
            System.out.printf("| **pipeline time per record / engine's (ratio, wall)** | **%.3f** (the pipeline adds %.1f %%) |%n",
                    engineRate / pipelineRate, 100 * (engineRate / pipelineRate - 1));
            System.out.printf("| central's CPU per record / engine's CPU per search | %.3f (%.0f ms: JVM %.0f ms less intake's thread, PostgreSQL %.0f ms%s) |%n",
                    centralCpu / engineCpu, 1000 * centralCpu, 1000 * (drained.jvm() - intakeThreadCpu) / records, 1000 * drained.postgres() / records,
                    cpu.seesPostgres() ? "" : ": server not found, not counted");
            System.out.printf("| share of the drain the engine's searches take | %.1f %% |%n", 100 * (records / engineRate) / drainSeconds);
            timings.snapshot().forEach((stage, t) -> System.out.printf("| stage %s | %,d runs, mean %.1f ms, %.1f /s of one worker, %.2f /s overall |%n",
                    stage, t.runs(), t.meanMillis(), t.perSecondOfWork(), t.runs() / drainSeconds));
            System.out.printf("| planted duplicates found | %,d of %,d |%n", findings.found(), findings.planted());
            System.out.printf("| candidates of one synthetic person not planted as a pair | %,d |%n", findings.samePersonNotPlanted().size());
            System.out.printf("| false duplicates / false grey-zone candidates | %,d / %,d |%n", findings.falseDuplicates().size(),
                    findings.falseGreyZone().size());
            System.out.printf("| outcomes | %s |%n", outcomes);
            System.out.printf("| projected drain of 93,454 packets | %.1f h at this run's rate, %.2f h at the engine's 26 /s target |%n",
                    93_454 / pipelineRate / 3600, 93_454 / 26.0 / 3600);
            System.out.println();
            findings.samePersonPairsInTheSet().forEach(line -> System.out.println("set: " + line));
            findings.samePersonNotPlanted().forEach(line -> System.out.println("same person, not a planted pair: " + line));
            findings.falseDuplicates().forEach(line -> System.out.println("false duplicate: " + line));
            findings.falseGreyZone().forEach(line -> System.out.println("false grey zone: " + line));
        }

        private EnrolmentPacket packet(BacklogSet.Person person, int i) {
            List<BiometricItem> items = new ArrayList<>();
            EnumSet<id.ektp.packet.FingerPosition> captured = EnumSet.noneOf(id.ektp.packet.FingerPosition.class);
            person.iso().forEach((p, iso) -> {
                id.ektp.packet.FingerPosition position = id.ektp.packet.FingerPosition.values()[p.isoCode() - 1];
                captured.add(position);
                items.add(BiometricItem.finger(position, BiometricFormat.ISO_19794_2_2005, 60, iso));
            });
            List<CaptureMetadata.CaptureException> exceptions = new ArrayList<>();
            for (id.ektp.packet.FingerPosition p : id.ektp.packet.FingerPosition.values()) {
                if (!captured.contains(p)) {
                    exceptions.add(new CaptureMetadata.CaptureException(p, CaptureMetadata.CaptureException.Reason.UNUSABLE));
                }
            }
            Demographics d = new Demographics(String.format("3273016%09d", i), "3273010101900001", name(random), "Bandung", birth(random),
                    random.nextBoolean() ? Demographics.Sex.LAKI_LAKI : Demographics.Sex.PEREMPUAN, "32.73.01.1001");
            return EnrolmentPacket.of(UUID.randomUUID(), d, items, new CaptureMetadata("operator", "32.73.01-91",
                    new CaptureMetadata.Device("dev-1", "Synthetic", "00"), Instant.now(), exceptions));
        }
    }

    /**
     * Intake of typical packets with full-size images (ten real FVC2002 impressions as PNG with their ISO
     * templates, face, irises, signature: {@code TestPackets}), on a sample beside the backlog: sealing and
     * opening alone, and the whole delivery through central's intake (seal, open, signer, store encrypted).
     */
    private static final class ImageIntake {
        private final CentralDelivery delivery;

        ImageIntake(CentralDelivery delivery) {
            this.delivery = delivery;
        }

        void measure(int count) throws Exception {
            if (!TestPackets.realFingers()) {
                System.out.println("Image intake sample skipped: FVC2002 not found at ../shared/data/fingerprints/fvc2002");
                return;
            }
            Pki pki = new Pki();
            PacketSealer sealer = new PacketSealer(pki.stationKey, pki.stationCertificate, pki.centralCertificate);
            PacketOpener opener = new PacketOpener(pki.centralKey, pki.centralCertificate, pki.stationCaCertificate);
            List<EnrolmentPacket> packets = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                packets.add(TestPackets.packet(UUID.randomUUID(), String.format("3273017%09d", i), "SAMPEL " + i, i, "32.73.01-92"));
            }
            delivery.deliver(TestPackets.packet(UUID.randomUUID(), "3273017999999999", "SAMPEL STASIUN", 0, "32.73.01-92")); // enrols the station
            long bytes = 0;
            Map<String, Double> wall = new HashMap<>();
            Map<String, Double> thread = new HashMap<>();
            for (EnrolmentPacket packet : packets) {
                long t0 = System.nanoTime();
                double c0 = CpuClock.thread();
                byte[] sealed = sealer.seal(packet);
                long t1 = System.nanoTime();
                double c1 = CpuClock.thread();
                opener.open(sealed);
                long t2 = System.nanoTime();
                double c2 = CpuClock.thread();
                delivery.deliver(packet);
                add(wall, thread, "seal", (t1 - t0) / 1e6, 1000 * (c1 - c0));
                add(wall, thread, "open", (t2 - t1) / 1e6, 1000 * (c2 - c1));
                add(wall, thread, "deliver", (System.nanoTime() - t2) / 1e6, 1000 * (CpuClock.thread() - c2));
                bytes += sealed.length;
            }
            System.out.printf("| intake of full-size image packets (sample of %d, %,d B sealed each) | seal %.1f ms (%.1f ms CPU), open %.1f ms (%.1f ms CPU);"
                    + " sealed and accepted by central's intake %.1f ms (%.1f ms CPU) a packet |%n", count, bytes / count,
                    wall.get("seal") / count, thread.get("seal") / count, wall.get("open") / count, thread.get("open") / count,
                    wall.get("deliver") / count, thread.get("deliver") / count);
        }

        private static void add(Map<String, Double> wall, Map<String, Double> thread, String what, double millis, double cpuMillis) {
            wall.merge(what, millis, Double::sum);
            thread.merge(what, cpuMillis, Double::sum);
        }
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String nik(int i) {
        return String.format("3273015%09d", i);
    }

    private static String name(Random random) {
        return NAMES[random.nextInt(NAMES.length)] + " " + NAMES[random.nextInt(NAMES.length)] + " " + (char) ('A' + random.nextInt(26));
    }

    private static LocalDate birth(Random random) {
        return LocalDate.of(1950, 1, 1).plusDays(random.nextInt(50 * 365));
    }

    private static String sex(Random random) {
        return random.nextBoolean() ? "LAKI_LAKI" : "PEREMPUAN";
    }

    /** A station CA, a station (EC P-256) and central (RSA 2048), as a test deployment has them. */
    static final class Pki {
        private static final java.util.concurrent.atomic.AtomicLong SERIAL = new java.util.concurrent.atomic.AtomicLong(1);
        final PrivateKey stationKey;
        final X509Certificate stationCertificate;
        final X509Certificate stationCaCertificate;
        final PrivateKey centralKey;
        final X509Certificate centralCertificate;

        Pki() throws Exception {
            KeyPair ca = ec();
            stationCaCertificate = issue("CN=Station CA", ca, "CN=Station CA", ca.getPrivate(), true);
            KeyPair station = ec();
            stationCertificate = issue("CN=Station 32.73.01-01", station, "CN=Station CA", ca.getPrivate(), false);
            stationKey = station.getPrivate();
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            KeyPair central = rsa.generateKeyPair();
            centralCertificate = issue("CN=Central intake", central, "CN=Central intake", central.getPrivate(), false);
            centralKey = central.getPrivate();
        }

        private static KeyPair ec() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        }

        private static X509Certificate issue(String subject, KeyPair keys, String issuer, PrivateKey signer, boolean ca) throws Exception {
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer), BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(now.minusSeconds(60)), Date.from(now.plusSeconds(86_400)), new X500Name(subject), keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            String algorithm = signer.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
            return new JcaX509CertificateConverter().setProvider("BC")
                    .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).setProvider("BC").build(signer)));
        }
    }
}
