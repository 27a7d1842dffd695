package id.ektp.enrollment.upload;

import id.ektp.EktpApplication;
import id.ektp.accounts.SystemActor;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.PacketJson;
import id.ektp.packet.PacketSealer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark command (test class path only, never shipped). Part 1: enrolment packets built and sealed
 * (signed with an EC P-256 station key, encrypted for an RSA 3072 central) per second on one thread,
 * against building and writing the same packet as plain JSON ({@code PacketJson}, the baseline), in
 * alternating rounds of one run, with the sizes and the ratio. Part 2: the embedded platform (both roles,
 * over loopback HTTP, its own throw-away database): the time from the commit of a closed record's packet to
 * central's acknowledgement recorded at the service point, for packets closed one at a time.
 *
 * <pre>java -cp "app/target/test-classes:app/target/classes:$(cat app/target/cp.txt)" id.ektp.enrollment.upload.PacketBenchmark [seconds] [packets]</pre>
 */
public final class PacketBenchmark {

    private PacketBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int packets = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        System.out.println("real FVC2002 fingers: " + TestPackets.realFingers());
        sealing(seconds);
        loopback(packets);
        System.exit(0);
    }

    private static void sealing(int seconds) throws Exception {
        KeyPair station = generate("EC", new ECGenParameterSpec("secp256r1"), 0);
        KeyPair central = generate("RSA", null, 3072);
        X509Certificate stationCertificate = Certificates.selfSigned(station, "CN=32.73.01-01");
        X509Certificate centralCertificate = Certificates.selfSigned(central, "CN=Central");
        PacketSealer sealer = new PacketSealer(station.getPrivate(), stationCertificate, centralCertificate);
        int[] person = {0};
        Supplier<EnrolmentPacket> build = () -> TestPackets.packet(UUID.randomUUID(), "3273015403000101", "Dewi Lestari", person[0]++ % 8,
                "32.73.01-01");
        EnrolmentPacket typical = build.get();
        int jsonSize = PacketJson.write(typical).length;
        int sealedSize = sealer.seal(typical).length;
        long biometricBytes = typical.biometrics().stream().mapToLong(b -> b.data().length).sum();
        System.out.printf("typical packet: %d biometric items, %,d biometric bytes; JSON %,d bytes; sealed %,d bytes (%.3fx JSON)%n",
                typical.biometrics().size(), biometricBytes, jsonSize, sealedSize, (double) sealedSize / jsonSize);

        rate("warm-up json", () -> PacketJson.write(build.get()), seconds);
        rate("warm-up seal", () -> sealer.seal(build.get()), seconds);
        List<Double> json = new ArrayList<>();
        List<Double> sealed = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            json.add(rate("round " + round + " baseline PacketJson.write", () -> PacketJson.write(build.get()), seconds));
            sealed.add(rate("round " + round + " PacketSealer.seal     ", () -> sealer.seal(build.get()), seconds));
        }
        double j = median(json);
        double s = median(sealed);
        System.out.printf("median of 3 rounds: baseline (build + JSON) %.1f packets/s, build + sign + encrypt %.1f packets/s: "
                + "sealing runs at %.3f of the baseline's rate (%.2fx slower)%n", j, s, s / j, j / s);
    }

    private static void loopback(int packets) throws Exception {
        ConfigurableApplicationContext context = SpringApplication.run(EktpApplication.class, "--server.port=0",
                "--ektp.embedded-postgres.data-dir=", "--ektp.role=embedded", "--logging.level.root=WARN");
        try {
            StationIdentity identity = context.getBean(StationIdentity.class);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (identity.current().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            PacketOutbox outbox = context.getBean(PacketOutbox.class);
            TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long[] micros = new long[packets];
            for (int i = -5; i < packets; i++) {
                EnrolmentPacket packet = TestPackets.packet(UUID.randomUUID(), "3273015403000101", "Dewi Lestari", Math.floorMod(i, 8));
                long start = System.nanoTime();
                SystemActor.run("benchmark", () -> transactions.executeWithoutResult(s -> outbox.submit(packet)));
                long committed = System.nanoTime();
                java.time.Instant committedAt = java.time.Instant.now();
                java.time.Instant deliveredAt;
                // Polled every millisecond; the figure is the service point's own record of the acknowledgement
                // (delivered_at), so the polling interval does not add to it.
                while ((deliveredAt = jdbc.sql("SELECT delivered_at FROM packet_outbox WHERE packet_id = ?").param(packet.packetId())
                        .query((rs, n) -> rs.getTimestamp(1)).optional().filter(t -> t != null).map(java.sql.Timestamp::toInstant)
                        .orElse(null)) == null) {
                    Thread.sleep(1);
                }
                if (i >= 0) {
                    micros[i] = Duration.between(committedAt, deliveredAt).toNanos() / 1000;
                }
                if (i == 0) {
                    System.out.printf("first measured packet: seal + store + commit %.1f ms%n", (committed - start) / 1e6);
                }
            }
            Arrays.sort(micros);
            System.out.printf("closed record to central's acknowledgement on loopback, %d packets one at a time: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    packets, micros[packets / 2] / 1000.0, micros[(int) Math.ceil(packets * 0.95) - 1] / 1000.0, micros[packets - 1] / 1000.0);
        } finally {
            context.close();
        }
    }

    private static double rate(String label, Runnable work, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        int n = 0;
        while (System.nanoTime() < end) {
            work.run();
            n++;
        }
        double perSecond = n / ((System.nanoTime() - start) / 1e9);
        System.out.printf("%s: %.1f packets/s%n", label, perSecond);
        return perSecond;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static KeyPair generate(String algorithm, ECGenParameterSpec spec, int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        if (spec != null) {
            generator.initialize(spec);
        } else {
            generator.initialize(bits);
        }
        return generator.generateKeyPair();
    }

    /** Self-signed certificates: sealing does not check the chain, so the benchmark needs no CA. */
    static final class Certificates {
        private Certificates() {
        }

        static X509Certificate selfSigned(KeyPair keys, String subject) throws Exception {
            String algorithm = keys.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
            var name = new org.bouncycastle.asn1.x500.X500Name(subject);
            var now = java.time.Instant.now();
            return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
                    new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(name, java.math.BigInteger.ONE, java.util.Date.from(now.minusSeconds(60)),
                            java.util.Date.from(now.plusSeconds(86_400)), name, keys.getPublic())
                            .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder(algorithm).build(keys.getPrivate())));
        }
    }
}
