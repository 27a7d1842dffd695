package id.ektp.enrollment.summons;

import id.ektp.EktpApplication;
import id.ektp.accounts.Officer;
import id.ektp.accounts.Role;
import id.ektp.accounts.SystemActor;
import id.ektp.accounts.officers.AccountSeeder;
import id.ektp.accounts.officers.OfficeKind;
import id.ektp.accounts.security.OfficerPrincipal;
import id.ektp.enrollment.campaign.Campaign;
import id.ektp.enrollment.campaign.Campaigns;
import id.ektp.enrollment.campaign.OpenCampaign;
import id.ektp.enrollment.signing.CamatKeys;
import id.ektp.enrollment.signing.SigningKey;
import id.ektp.enrollment.signing.SummonsTokens;
import id.ektp.registry.ResultPage;
import id.ektp.registry.WajibKtpEntry;
import id.ektp.registry.WajibKtpList;
import id.ektp.registry.demo.PopulationGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lab command (test tree, never shipped): the summons batch of one kecamatan with {@code --residents}
 * wajib-KTP residents without a card (50,000 by default), through the production path: the Dinas opens
 * the campaign ({@link Campaigns#open}), the Camat signs it ({@link Campaigns#sign}), and the platform's
 * own {@link LetterBatch} signs ({@link SummonsTokens}), renders ({@link SummonsLetter}) and stores every
 * letter in the background while this command follows its progress. Side by side in the same run:
 * <ul>
 *   <li>the baseline, rendering without signing: {@link SummonsLetter} on {@code --baseline} of the
 *       campaign's letters, on as many threads as the batch, with an unsigned token of the same length;</li>
 *   <li>the renderer before this one (openhtmltopdf, {@link HtmlSummonsLetter}) on {@code --before} letters;</li>
 *   <li>where the time of one letter goes, on one thread: signing, the QR, drawing the PDF; storing
 *       from the batch's own timings.</li>
 * </ul>
 * It needs no {@code ../shared}: a throw-away PostgreSQL, the built-in regions and generated residents.
 * Run it (from the checkout root) with
 * {@code java -Xmx2g -cp app/target/test-classes:app/target/classes:$(cat app/target/cp.txt) id.ektp.enrollment.summons.SummonsBatchBenchmark}
 * after {@code ./mvnw -B -ntp -q -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}.
 */
public final class SummonsBatchBenchmark {

    private static final String KECAMATAN = "32.73.01";
    private static final String KABUPATEN = "32.73";

    private SummonsBatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int residents = Integer.parseInt(options.getOrDefault("residents", "50000"));
        int baseline = Integer.parseInt(options.getOrDefault("baseline", "10000"));
        int before = Integer.parseInt(options.getOrDefault("before", "300"));
        int sample = Integer.parseInt(options.getOrDefault("sample", "1000"));
        Path nowhere = Files.createTempDirectory("summons-benchmark-");
        // As command-line arguments, which win over application.yml (default properties would not: the
        // platform's own ./data/postgres would be used, and earlier runs' campaigns would shrink this one).
        String[] settings = {
            "--ektp.embedded-postgres.data-dir=", // a throw-away cluster, as the tests have
            "--server.port=0",
            "--ektp.shared.data=" + nowhere, // no ../shared: the generator spreads residents evenly
            "--ektp.population-csv=" + nowhere.resolve("none.csv"),
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--logging.level.id.ektp.enrollment.summons=INFO",
            "--logging.level.id.ektp.enrollment.summons.SummonsBatchBenchmark=WARN",
        };
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EktpApplication.class).run(settings)) {
            new Run(context, residents, baseline, before, sample).all();
        }
        System.exit(0);
    }

    private static final class Run {

        private final ConfigurableApplicationContext context;
        private final JdbcClient jdbc;
        private final int residents;
        private final int baseline;
        private final int before;
        private final int sample;
        private final int threads = Runtime.getRuntime().availableProcessors();

        Run(ConfigurableApplicationContext context, int residents, int baseline, int before, int sample) {
            this.context = context;
            this.jdbc = context.getBean(JdbcClient.class);
            this.residents = residents;
            this.baseline = baseline;
            this.before = before;
            this.sample = sample;
        }

        void all() throws Exception {
            System.out.printf("Summons batch benchmark: kecamatan %s with %,d wajib-KTP residents without an e-KTP; %d cores%n",
                    KECAMATAN, residents, threads);
            Officer dinas = officer("bench-dinas", Role.DINAS_ADMIN, KABUPATEN, "DINAS-3273");
            Officer camat = officer("bench-camat", Role.CAMAT, KECAMATAN, "KEC-327301");
            SystemActor.run("summons-benchmark", () -> population(dinas));

            Campaigns campaigns = context.getBean(Campaigns.class);
            LocalDate today = LocalDate.now(ServiceDays.ZONE);
            long t0 = System.nanoTime();
            Campaign campaign = as(dinas, () -> campaigns.open(new OpenCampaign(KECAMATAN, today, today.plusDays(29),
                    List.of("Kantor Kecamatan Sukasari", "Aula Kelurahan Gegerkalong"))));
            double openSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("Campaign opened from the wajib-KTP list: %,d letters in %.1f s%n", campaign.letterCount(), openSeconds);

            List<SummonsLetter.Content> contents = unsignedContents(campaign, as(camat, () -> context.getBean(CamatKeys.class).ensureKey(camat)),
                    Math.max(Math.max(baseline, before), sample));
            Rate old = render("before: openhtmltopdf", contents.subList(0, Math.min(before, contents.size())),
                    new HtmlSummonsLetter()::render);
            Rate unsigned = render("baseline: render, no signing", contents.subList(0, Math.min(baseline, contents.size())),
                    context.getBean(SummonsLetter.class)::render);
            Breakdown breakdown = breakdown(contents.subList(0, Math.min(sample, contents.size())));

            LetterBatch batch = context.getBean(LetterBatch.class);
            double cpu0 = processCpuSeconds();
            long started = System.nanoTime();
            as(camat, () -> campaigns.sign(campaign.id()));
            follow(campaign);
            double batchSeconds = (System.nanoTime() - started) / 1e9;
            double batchCpu = processCpuSeconds() - cpu0;
            LetterBatch.Timings timings = batch.lastRun();
            long stored = jdbc.sql("SELECT count(*) FROM summons WHERE campaign_id = ? AND pdf IS NOT NULL AND token IS NOT NULL")
                    .param(campaign.id()).query(Long.class).single();
            long bytes = jdbc.sql("SELECT coalesce(sum(length(pdf)), 0) FROM summons WHERE campaign_id = ?").param(campaign.id())
                    .query(Long.class).single();
            Rate signedBatch = new Rate("batch: sign + render + store (LetterBatch)", stored, batchSeconds, batchCpu);
            double batchRate = signedBatch.perSecond();

            System.out.println();
            System.out.printf("load average before the batch: %.1f on %d cores%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), threads);
            System.out.printf("%-44s %10s %9s %9s %11s %13s%n", "what", "letters", "wall s", "CPU s", "letters/s", "letters/CPU-s");
            old.print();
            unsigned.print();
            signedBatch.print();
            System.out.printf("ratio batch / baseline (render without signing): %.2fx wall, %.2fx per CPU second%n",
                    batchRate / unsigned.perSecond(), signedBatch.perCpuSecond() / unsigned.perCpuSecond());
            System.out.printf("ratio batch / before (openhtmltopdf):           %.1fx wall, %.1fx per CPU second%n",
                    batchRate / old.perSecond(), signedBatch.perCpuSecond() / old.perCpuSecond());
            System.out.printf("time to the whole batch: %.1f s for %,d letters (%.1f KB per letter, %.0f MB stored); at the old rate: %.0f min%n",
                    batchSeconds, stored, bytes / 1024.0 / Math.max(stored, 1), bytes / 1e6, stored / old.perSecond() / 60);
            breakdown.print(timings);
        }

        private Officer officer(String username, Role role, String region, String office) {
            AccountSeeder seeder = context.getBean(AccountSeeder.class);
            seeder.ensureOffice("DINAS-3273", "Dinas Dukcapil Kota Bandung", OfficeKind.DINAS, KABUPATEN);
            seeder.ensureOffice("KEC-327301", "Kecamatan Sukasari", OfficeKind.KECAMATAN_SERVICE_POINT, KECAMATAN);
            seeder.ensureOfficer(username, role == Role.CAMAT ? "Drs. Benchmark Camat" : "Benchmark Dinas", role, region, office,
                    UUID.randomUUID().toString());
            return new Officer(username, role == Role.CAMAT ? "Drs. Benchmark Camat" : "Benchmark Dinas", role, region, office);
        }

        /** Generates residents of the kecamatan until it has enough wajib-KTP ones; they hold no card yet, as in a first campaign. */
        private void population(Officer dinas) {
            PopulationGenerator generator = context.getBean(PopulationGenerator.class);
            WajibKtpList list = context.getBean(WajibKtpList.class);
            long seed = 20261202;
            long wajib = 0;
            while (wajib < residents) {
                long more = Math.max(2_000, (long) ((residents - wajib) * 1.6));
                try (ProgressBar bar = bar("residents", more)) {
                    generator.generate(more, seed++, PopulationGenerator.Method.COPY, (done, total) -> bar.stepTo(done), KECAMATAN);
                }
                jdbc.sql("UPDATE resident SET ktp_status = 'NONE' WHERE kecamatan_code = ?").param(KECAMATAN).update();
                wajib = as(dinas, () -> list.forKecamatan(KECAMATAN, true, 0, 1)).total();
                System.out.printf("residents of %s: %,d, wajib KTP without a card: %,d%n", KECAMATAN,
                        jdbc.sql("SELECT count(*) FROM resident WHERE kecamatan_code = ?").param(KECAMATAN).query(Long.class).single(), wajib);
            }
            // Exactly the count asked for: the first ones of the list keep no card, the others of the kecamatan are given one.
            java.util.Set<String> keep = new java.util.LinkedHashSet<>();
            for (int page = 0; keep.size() < residents; page++) {
                int at = page;
                ResultPage<WajibKtpEntry> rows = as(dinas, () -> list.forKecamatan(KECAMATAN, true, at, 500));
                rows.items().stream().map(WajibKtpEntry::nik).forEach(keep::add);
                if (!rows.hasNext()) {
                    break;
                }
            }
            String[] kept = keep.stream().limit(residents).toArray(String[]::new);
            jdbc.sql("UPDATE resident SET ktp_status = 'ISSUED' WHERE kecamatan_code = ? AND NOT (nik = ANY(?))")
                    .params(KECAMATAN, kept).update();
            System.out.printf("wajib KTP without a card after the cut: %,d%n", as(dinas, () -> list.forKecamatan(KECAMATAN, true, 0, 1)).total());
        }

        /** The first letters of the campaign as the batch would fill them, but with an unsigned token of the same shape and length. */
        private List<SummonsLetter.Content> unsignedContents(Campaign campaign, String kid, int count) {
            SigningKey key = context.getBean(CamatKeys.class).unseal(kid);
            String signed = context.getBean(SummonsTokens.class).sign(key, UUID.randomUUID(), Instant.now().plusSeconds(86_400));
            // The same header and claims' shape, a signature part of the same length that nobody signed: the QR is as big.
            String unsigned = signed.substring(0, signed.lastIndexOf('.') + 1) + "A".repeat(signed.length() - signed.lastIndexOf('.') - 1);
            SummonsStore store = context.getBean(SummonsStore.class);
            List<SummonsLetter.Content> contents = new ArrayList<>(count);
            for (int page = 0; contents.size() < count; page++) {
                ResultPage<Summons> letters = store.page(campaign.id(), page, 500);
                for (Summons s : letters.items()) {
                    contents.add(new SummonsLetter.Content(s, "DESA " + s.desaCode(), "SUKASARI", "KOTA BANDUNG", key.camatName(),
                            campaign.lastDay(), unsigned));
                }
                if (!letters.hasNext()) {
                    break;
                }
            }
            return contents.subList(0, Math.min(count, contents.size()));
        }

        /** Renders the letters on as many threads as the batch has renderers, after a warm-up of a tenth. */
        private Rate render(String label, List<SummonsLetter.Content> letters, Function<SummonsLetter.Content, byte[]> renderer)
                throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                for (Future<byte[]> f : pool.invokeAll(letters.subList(0, letters.size() / 10).stream()
                        .map(c -> (java.util.concurrent.Callable<byte[]>) () -> renderer.apply(c)).toList())) {
                    f.get();
                }
                try (ProgressBar bar = bar(label, letters.size())) {
                    double cpu0 = processCpuSeconds();
                    long t0 = System.nanoTime();
                    List<Future<byte[]>> work = new ArrayList<>();
                    for (SummonsLetter.Content c : letters) {
                        work.add(pool.submit(() -> renderer.apply(c)));
                    }
                    for (Future<byte[]> f : work) {
                        f.get();
                        bar.step();
                    }
                    return new Rate(label, letters.size(), (System.nanoTime() - t0) / 1e9, processCpuSeconds() - cpu0);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        /** One thread, letter after letter: the token's signature, the QR matrix, and the whole letter drawn. */
        private Breakdown breakdown(List<SummonsLetter.Content> letters) {
            SummonsTokens tokens = context.getBean(SummonsTokens.class);
            SummonsLetter renderer = context.getBean(SummonsLetter.class);
            SigningKey key = context.getBean(CamatKeys.class).unseal(
                    jdbc.sql("SELECT kid FROM camat_key WHERE camat_username = 'bench-camat'").query(String.class).single());
            Instant expiry = Instant.now().plusSeconds(86_400);
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long sign = 0;
            long qr = 0;
            long letter = 0;
            for (int round = 0; round < 2; round++) { // the first round warms up
                sign = 0;
                qr = 0;
                letter = 0;
                for (SummonsLetter.Content c : letters) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    tokens.sign(key, c.summons().id(), expiry);
                    long t1 = cpu.getCurrentThreadCpuTime();
                    QrImage.matrix(c.qrText());
                    long t2 = cpu.getCurrentThreadCpuTime();
                    renderer.render(c);
                    long t3 = cpu.getCurrentThreadCpuTime();
                    sign += t1 - t0;
                    qr += t2 - t1;
                    letter += t3 - t2;
                }
            }
            return new Breakdown(letters.size(), sign, qr, letter);
        }

        private void follow(Campaign campaign) {
            try (ProgressBar bar = bar("batch: sign + render + store", campaign.letterCount())) {
                while (true) {
                    Map<String, Object> row = jdbc.sql("SELECT status, letters_done FROM campaign WHERE id = ?").param(campaign.id())
                            .query().singleRow();
                    bar.stepTo(((Number) row.get("letters_done")).longValue());
                    if ("SIGNED".equals(row.get("status"))) {
                        return;
                    }
                    try {
                        Thread.sleep(100); // a progress display's refresh, not a synchronisation
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        private static ProgressBar bar(String label, long total) {
            return new ProgressBarBuilder().setTaskName(String.format("%-30s", label)).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250).showSpeed().build();
        }

        private static <T> T as(Officer officer, java.util.function.Supplier<T> work) {
            OfficerPrincipal principal = new OfficerPrincipal(officer, "", true, null);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    /** Wall seconds, and the process's CPU seconds meanwhile: on a shared machine the second says more. */
    private record Rate(String label, long letters, double seconds, double cpuSeconds) {
        double perSecond() {
            return letters / seconds;
        }

        double perCpuSecond() {
            return letters / cpuSeconds;
        }

        void print() {
            System.out.printf("%-44s %,10d %9.1f %9.1f %11.1f %13.1f%n", label, letters, seconds, cpuSeconds, perSecond(), perCpuSecond());
        }
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private record Breakdown(long letters, long signNanos, long qrNanos, long letterNanos) {
        void print(LetterBatch.Timings batch) {
            System.out.printf("CPU time of one letter on one thread (%,d letters): signing %.0f µs, QR matrix %.0f µs, PDF drawn (with its QR) %.0f µs"
                    + " of which QR %.0f %%%n", letters, signNanos / 1e3 / letters, qrNanos / 1e3 / letters, letterNanos / 1e3 / letters,
                    100.0 * qrNanos / letterNanos);
            if (batch != null && batch.letters() > 0) {
                double all = batch.signNanos() + batch.renderNanos() + batch.storeNanos();
                System.out.printf("in the batch, per letter: signing %.0f µs, rendering %.0f µs (CPU, over the renderers), "
                        + "storing %.0f µs (wall, batch thread); shares %.0f / %.0f / %.0f %%%n",
                        batch.signNanos() / 1e3 / batch.letters(), batch.renderNanos() / 1e3 / batch.letters(),
                        batch.storeNanos() / 1e3 / batch.letters(), 100 * batch.signNanos() / all, 100 * batch.renderNanos() / all,
                        100 * batch.storeNanos() / all);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("options are --residents=N --baseline=N --before=N --sample=N, not " + arg);
            }
        }
        return options;
    }
}
