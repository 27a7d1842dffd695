package id.ektp.enrollment.capture;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.ektp.accounts.RegionDirectory;
import id.ektp.enrollment.summons.ServiceDays;
import id.ektp.registry.Resident;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The proof of recording the resident takes home: their data, when, where and by whom they were
 * recorded, each finger captured or why not, and the officer's signature and stamp lines. An A4 PDF from
 * the template {@code enrollment/capture-proof} (openhtmltopdf, as the summons letters), in Bahasa
 * Indonesia. Made from the closed record whenever asked, so it needs none of the biometrics.
 */
@Component
class ProofOfRecording {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String[] FINGER_NAMES = {"Ibu jari kanan", "Telunjuk kanan", "Jari tengah kanan", "Jari manis kanan",
            "Kelingking kanan", "Ibu jari kiri", "Telunjuk kiri", "Jari tengah kiri", "Jari manis kiri", "Kelingking kiri"};

    record Finger(String name, String outcome, String quality) {
    }

    record Content(CaptureRecord record, Resident resident, String kecamatanName, String closedAt, String closedOn, List<Finger> fingers,
            String chipFingers) {
    }

    private final ITemplateEngine templates;
    private final RegionDirectory regions;

    ProofOfRecording(ITemplateEngine templates, RegionDirectory regions) {
        this.templates = templates;
        this.regions = regions;
    }

    byte[] render(CaptureView view, Resident resident) {
        CaptureRecord record = view.record();
        List<Finger> fingers = new ArrayList<>();
        for (int position = 1; position <= 10; position++) {
            int p = position;
            var exception = view.exceptions().stream().filter(e -> e.position() == p).findFirst();
            var item = view.items().stream().filter(i -> i.kind().equals("FINGER") && i.position() == p && i.accepted()).findFirst();
            fingers.add(new Finger(FINGER_NAMES[position - 1],
                    exception.map(e -> "tidak direkam: " + reason(e)).orElse(item.isPresent() ? "direkam" : "-"),
                    item.map(i -> Integer.toString(i.quality())).orElse("-")));
        }
        String chip = String.join(", ", view.chipFingers().stream().map(p -> FINGER_NAMES[p - 1].toLowerCase(INDONESIAN)).toList());
        var at = record.closedAt().atZone(ServiceDays.ZONE);
        Content content = new Content(record, resident, regions.nameOf(record.kecamatanCode()).orElse(record.kecamatanCode()).toUpperCase(INDONESIAN),
                DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm 'WIB'", INDONESIAN).format(at),
                DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN).format(at), fingers, chip.isEmpty() ? "tidak ada" : chip);
        Context context = new Context(INDONESIAN);
        context.setVariable("proof", content);
        String xhtml = templates.process("enrollment/capture-proof", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the proof of recording " + record.id() + " cannot be rendered", e);
        }
        return out.toByteArray();
    }

    private static String reason(FingerException e) {
        return switch (e.reason()) {
            case AMPUTATED -> "diamputasi";
            case BANDAGED -> "diperban";
            case UNUSABLE -> "tidak terbaca (cacat/aus)";
        };
    }
}
