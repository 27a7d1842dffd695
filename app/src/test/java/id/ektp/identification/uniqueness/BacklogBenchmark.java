package id.ektp.identification.uniqueness;

import id.ektp.EktpApplication;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.template.TemplateInterchange;
import id.ektp.identification.standin.TestIntake;
import id.ektp.packet.BiometricFormat;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.CaptureMetadata;
import id.ektp.packet.Demographics;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.PacketOpener;
import id.ektp.packet.PacketSealer;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backlog benchmark of issue 15 (a command in the test tree: never shipped). A gallery of synthetic persons
 * and a backlog with planted duplicates, written by the lab's {@code BacklogSetWriter} (the generator's minutiae
 * templates in place of images), run through the real pipeline on an embedded PostgreSQL: each backlog record is
 * sealed as a station seals it (CMS signed with an EC station key, encrypted for central's RSA key) and opened
 * as intake opens it, received, then drained by the pipeline's workers. Side by side in the same run, the
 * engine's own identify rate on the same gallery, with as many concurrent searches as the pipeline has workers,
 * is the baseline; the report gives the ratio, the drain time, each stage's throughput, the planted duplicates
 * found and the false duplicates.
 *
 * <pre>
 * java -Xmx6g -cp app/target/test-classes:app/target/classes:$(cat app/target/test-cp.txt) \
 *     id.ektp.identification.uniqueness.BacklogBenchmark /tmp/backlog.bin [workers] [baselineProbes]
 * </pre>
 */
public final class BacklogBenchmark {

    private static final TemplateInterchange INTERCHANGE = new TemplateInterchange();
    private static final String[] NAMES = {"SITI", "DEDI", "RINA", "AGUS", "BUDI", "YULI", "HENDRA", "NENENG", "IWAN", "WAWAN",
            "DEWI", "ASEP", "EUIS", "UJANG", "LILIS", "ENDANG", "TATANG", "CUCU", "OMAN", "EMAN"};

    private BacklogBenchmark() {
    }

    record Person(Map<FingerPosition, byte[]> iso) {
        TenPrint tenPrint() {
            Map<FingerPosition, id.ektp.afis.template.FingerTemplate> fingers = new EnumMap<>(FingerPosition.class);
            iso.forEach((p, r) -> fingers.put(p, INTERCHANGE.importTemplate(r)));
            return TenPrint.of(fingers);
        }
    }

    record Planted(int kind, int mate, Person person) {
    }

    public static void main(String[] args) throws Exception {
        Path set = Path.of(args[0]);
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int baselineProbes = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Security.addProvider(new BouncyCastleProvider());
        ConfigurableApplicationContext app = new SpringApplicationBuilder(EktpApplication.class).profiles("test")
                .run("--server.port=0", "--ektp.uniqueness.workers=" + workers, "--ektp.uniqueness.max-attempts=5",
                        "--ektp.uniqueness.first-retry=PT1S", "--logging.level.id.ektp.identification.uniqueness=WARN",
                        "--logging.level.root=WARN");
        try {
            run(app, set, workers, baselineProbes);
        } finally {
            app.close();
        }
    }

    private static void run(ConfigurableApplicationContext app, Path set, int workers, int baselineProbes) throws Exception {
        GalleryKeeper gallery = app.getBean(GalleryKeeper.class);
        UniquenessPipeline pipeline = app.getBean(UniquenessPipeline.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        TestIntake intake = app.getBean(TestIntake.class);
        StageTimings timings = app.getBean(StageTimings.class);
        long waitUntil = System.nanoTime() + 120_000_000_000L;
        while (!pipeline.running() && System.nanoTime() < waitUntil) {
            Thread.onSpinWait();
        }
        Random random = new Random(15);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(set), 1 << 20))) {
            byte[] magic = in.readNBytes(8);
            if (!"EKTPBKL1".equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII))) {
                throw new IOException(set + " is not a backlog set (EKTPBKL1)");
            }
            int galleryPersons = in.readInt();
            int backlogRecords = in.readInt();
            in.readLong();
            System.out.printf("Backlog benchmark: gallery %,d persons, backlog %,d records, %d workers%n", galleryPersons, backlogRecords, workers);

            // 1. The gallery as earlier years left it: records done, persons in the folder.
            UUID[] galleryPackets = new UUID[galleryPersons];
            long fillStart = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
            int chunk = 1_000;
            for (int from = 0; from < galleryPersons; from += chunk) {
                int to = Math.min(galleryPersons, from + chunk);
                List<Person> persons = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    persons.add(read(in));
                }
                List<Future<?>> inserts = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    UUID packet = UUID.randomUUID();
                    UUID reference = UUID.randomUUID();
                    galleryPackets[i] = packet;
                    jdbc.sql("""
                            INSERT INTO uniqueness_record (packet_id, reference_id, stage, next_attempt_at, station, nik, full_name, date_of_birth,
                                sex, desa_code, decision, outcome, in_gallery, received_at, stage_entered_at)
                            VALUES (?, ?, 'DONE', now(), 'EARLIER', ?, ?, ?, ?, '32.73.01.1001', 'UNIQUE', 'PRINT_READY_RECORD', true, now(), now())""")
                            .params(packet, reference, nik(i), name(random), birth(random), sex(random)).update();
                    Person person = persons.get(i - from);
                    inserts.add(pool.submit(() -> gallery.insert(reference, person.tenPrint())));
                }
                for (Future<?> f : inserts) {
                    f.get();
                }
                if (to % 10_000 == 0 || to == galleryPersons) {
                    System.out.printf("  gallery %,d / %,d (%.0f s)%n", to, galleryPersons, (System.nanoTime() - fillStart) / 1e9);
                }
            }
            pool.shutdown();

            // 2. The backlog, in memory as its ISO records (small), with what was planted.
            List<Planted> backlog = new ArrayList<>();
            for (int i = 0; i < backlogRecords; i++) {
                int kind = in.readByte();
                int mate = in.readInt();
                backlog.add(new Planted(kind, mate, read(in)));
            }

            // 3. Baseline: the engine alone, the same gallery, as many concurrent searches as workers.
            List<TenPrint> probes = new ArrayList<>();
            for (int i = 0; i < Math.min(baselineProbes, backlog.size()); i++) {
                probes.add(backlog.get(i).person().tenPrint());
            }
            ExecutorService searchers = Executors.newFixedThreadPool(workers);
            AtomicInteger next = new AtomicInteger();
            long engineStart = System.nanoTime();
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
            double engineSeconds = (System.nanoTime() - engineStart) / 1e9;
            double engineRate = probes.size() / engineSeconds;
            System.out.printf("Engine alone: %d identifications in %.1f s = %.2f /s (%d concurrent)%n", probes.size(), engineSeconds, engineRate, workers);

            // 4. The backlog submitted at once: sealed by a station, opened by intake, received; the pipeline drains it.
            Pki pki = new Pki();
            PacketSealer sealer = new PacketSealer(pki.stationKey, pki.stationCertificate, pki.centralCertificate);
            PacketOpener opener = new PacketOpener(pki.centralKey, pki.centralCertificate, pki.stationCaCertificate);
            UUID[] backlogPackets = new UUID[backlog.size()];
            long drainStart = System.nanoTime();
            long sealNanos = 0;
            long openNanos = 0;
            List<EnrolmentPacket> batch = new ArrayList<>();
            for (int i = 0; i < backlog.size(); i++) {
                EnrolmentPacket packet = packet(backlog.get(i).person(), i, random);
                backlogPackets[i] = packet.packetId();
                long t0 = System.nanoTime();
                byte[] sealed = sealer.seal(packet);
                long t1 = System.nanoTime();
                EnrolmentPacket opened = opener.open(sealed).packet();
                openNanos += System.nanoTime() - t1;
                sealNanos += t1 - t0;
                batch.add(opened);
                if (batch.size() == 50 || i == backlog.size() - 1) {
                    intake.receive("32.73.01-91", batch.toArray(EnrolmentPacket[]::new));
                    batch.clear();
                }
            }
            double intakeSeconds = (System.nanoTime() - drainStart) / 1e9;
            System.out.printf("Intake: %,d packets sealed and opened in %.1f s (%.0f /s; seal %.2f ms, open %.2f ms each)%n", backlog.size(),
                    intakeSeconds, backlog.size() / intakeSeconds, sealNanos / 1e6 / backlog.size(), openNanos / 1e6 / backlog.size());
            long lastReport = System.nanoTime();
            int settled;
            while (true) {
                settled = jdbc.sql("SELECT count(*) FROM uniqueness_record WHERE station <> 'EARLIER' AND stage NOT IN "
                        + "('VALIDATION', 'DEMOGRAPHIC', 'SEARCH', 'DECISION')").query(Integer.class).single();
                if (settled >= backlog.size()) {
                    break;
                }
                if (System.nanoTime() - lastReport > 5_000_000_000L) {
                    lastReport = System.nanoTime();
                    double elapsed = (lastReport - drainStart) / 1e9;
                    System.out.printf("  drained %,d / %,d (%.0f %%) in %.0f s, %.2f records/s; %s%n", settled, backlog.size(),
                            100.0 * settled / backlog.size(), elapsed, settled / elapsed, app.getBean(UniquenessRecords.class).countByStage());
                }
                synchronized (BacklogBenchmark.class) {
                    BacklogBenchmark.class.wait(200);
                }
            }
            double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
            report(jdbc, timings, backlog, galleryPackets, backlogPackets, drainSeconds, engineRate, workers);
        }
    }

    private static void report(JdbcClient jdbc, StageTimings timings, List<Planted> backlog, UUID[] galleryPackets, UUID[] backlogPackets,
            double drainSeconds, double engineRate, int workers) {
        Map<UUID, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < backlogPackets.length; i++) {
            index.put(backlogPackets[i], i);
        }
        Set<String> plantedPairs = new HashSet<>();
        int planted = 0;
        for (int i = 0; i < backlog.size(); i++) {
            Planted p = backlog.get(i);
            if (p.kind() == 1) {
                plantedPairs.add(pair(backlogPackets[i], galleryPackets[p.mate()]));
                planted++;
            } else if (p.kind() == 2) {
                plantedPairs.add(pair(backlogPackets[i], backlogPackets[p.mate()]));
                planted++;
            }
        }
        Set<String> foundPairs = new HashSet<>();
        int falseDuplicates = 0;
        int falseAdjudications = 0;
        for (var row : jdbc.sql("SELECT packet_id, candidate_packet_id, decision FROM uniqueness_candidate WHERE decision IN ('DUPLICATE', 'ADJUDICATE')")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list()) {
            String key = pair(UUID.fromString(row[0]), UUID.fromString(row[1]));
            if (plantedPairs.contains(key)) {
                foundPairs.add(key);
            } else if (row[2].equals("DUPLICATE")) {
                falseDuplicates++;
            } else {
                falseAdjudications++;
            }
        }
        Map<String, Integer> outcomes = new java.util.TreeMap<>();
        jdbc.sql("SELECT coalesce(outcome, stage), count(*) FROM uniqueness_record WHERE station <> 'EARLIER' GROUP BY 1")
                .query((java.sql.ResultSet rs) -> {
                    outcomes.put(rs.getString(1), rs.getInt(2));
                });
        double pipelineRate = backlog.size() / drainSeconds;
        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.printf("| backlog records | %,d |%n", backlog.size());
        System.out.printf("| time to drain | %.1f s (%.2f h) |%n", drainSeconds, drainSeconds / 3600);
        System.out.printf("| pipeline throughput | %.2f records/s |%n", pipelineRate);
        System.out.printf("| engine alone (baseline, %d concurrent searches, same run) | %.2f identifications/s |%n", workers, engineRate);
        System.out.printf("| **pipeline time per record / engine's (ratio)** | **%.3f** (the pipeline adds %.1f %%) |%n",
                engineRate / pipelineRate, 100 * (engineRate / pipelineRate - 1));
        System.out.printf("| share of the drain the engine's searches take | %.1f %% |%n", 100 * (backlog.size() / engineRate) / drainSeconds);
        timings.snapshot().forEach((stage, t) -> System.out.printf("| stage %s | %,d runs, mean %.1f ms, %.1f /s of one worker |%n",
                stage, t.runs(), t.meanMillis(), t.perSecondOfWork()));
        System.out.printf("| planted duplicates found | %,d of %,d |%n", foundPairs.size(), planted);
        System.out.printf("| false duplicates / false grey-zone candidates | %,d / %,d |%n", falseDuplicates, falseAdjudications);
        System.out.printf("| outcomes | %s |%n", outcomes);
    }

    private static String pair(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
    }

    private static Person read(DataInputStream in) throws IOException {
        int fingers = in.readByte();
        Map<FingerPosition, byte[]> iso = new EnumMap<>(FingerPosition.class);
        for (int f = 0; f < fingers; f++) {
            FingerPosition position = FingerPosition.ofIsoCode(in.readByte());
            iso.put(position, in.readNBytes(in.readInt()));
        }
        return new Person(iso);
    }

    private static EnrolmentPacket packet(Person person, int i, Random random) {
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
