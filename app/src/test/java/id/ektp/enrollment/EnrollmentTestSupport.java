package id.ektp.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.ektp.accounts.AccountsTestSupport;
import id.ektp.accounts.Role;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** The running platform over real HTTP with what the enrollment tests share: residents, campaigns, letters, their QR. */
public abstract class EnrollmentTestSupport extends AccountsTestSupport {

    protected static final String SUKASARI = "32.73.01";
    protected static final String COBLONG = "32.73.02";

    /** Registers a wajib-KTP resident (born 2000, no e-KTP) in a desa; returns the NIK. */
    protected String resident(String serviceOfficer, String desaCode, String name) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("fullName", name);
        r.put("birthPlace", "Bandung");
        r.put("birthDate", "2000-03-14");
        r.put("sex", "PEREMPUAN");
        r.put("bloodGroup", "A_POS");
        r.put("religion", "ISLAM");
        r.put("maritalStatus", "BELUM_KAWIN");
        r.put("occupation", "Pelajar/Mahasiswa");
        r.put("citizenship", "WNI");
        r.put("street", "Jl. Setiabudi No. 7");
        r.put("rt", "001");
        r.put("rw", "002");
        r.put("desaCode", desaCode);
        r.put("familyRelation", "KEPALA_KELUARGA");
        HttpResponse<String> response = post("/api/v1/residents", basic(serviceOfficer), write(r));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response).get("nik").asText();
    }

    protected HttpResponse<String> openCampaign(String dinas, String kecamatan) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        return post("/api/v1/campaigns", basic(dinas), write(Map.of("kecamatanCode", kecamatan, "firstDay", today.toString(),
                "lastDay", today.plusDays(6).toString(), "places", List.of("Kantor Kecamatan", "Aula Desa"))));
    }

    /** Opens a campaign as the Dinas, signs it as the Camat, and waits until every letter is made; returns its id. */
    protected String signedCampaign(String dinas, String camat, String kecamatan) {
        HttpResponse<String> opened = openCampaign(dinas, kecamatan);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = body(opened).get("id").asText();
        HttpResponse<String> signed = post("/api/v1/campaigns/" + id + "/signature", basic(camat), null);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        awaitStatus(id, camat, "SIGNED");
        return id;
    }

    protected JsonNode awaitStatus(String campaignId, String officer, String status) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            JsonNode campaign = body(get("/api/v1/campaigns/" + campaignId, basic(officer))).get("campaign");
            if (campaign.get("status").asText().equals(status)) {
                return campaign;
            }
            assertThat(System.nanoTime()).as("campaign %s to reach %s, now %s", campaignId, status, campaign).isLessThan(deadline);
            sleep(200);
        }
    }

    /** The summons of a NIK in a campaign, from the campaign's letter list. */
    protected JsonNode summonsOf(String campaignId, String nik, String officer) {
        for (int page = 0; ; page++) {
            JsonNode letters = body(get("/api/v1/campaigns/" + campaignId + "/summons?size=500&page=" + page, basic(officer)));
            for (JsonNode s : letters.get("items")) {
                if (s.get("nik").asText().equals(nik)) {
                    return s;
                }
            }
            assertThat(letters.get("items").size()).as("summons of %s in campaign %s", nik, campaignId).isEqualTo(500);
        }
    }

    protected byte[] letter(String summonsId, String officer) {
        HttpResponse<byte[]> response = bytes("/api/v1/summons/" + summonsId + "/letter", basic(officer));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    protected HttpResponse<byte[]> bytes(String path, String authorization) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    protected static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }

    /** The QR printed on the letter, decoded from the PDF's image by ZXing: what a scanner at the desk reads. */
    protected static String qrOf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    BufferedImage picture = image.getImage();
                    int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
                    return decodeQr(new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels));
                }
            }
            throw new AssertionError("the letter has no image");
        } catch (Exception e) {
            throw new AssertionError("no readable QR on the letter", e);
        }
    }

    /**
     * A printed QR as a desk scanner would read it: ZXing's detector first, then the decoder for a clean
     * computer-made image, then a global threshold; a letter whose QR none of them reads fails the test.
     */
    private static String decodeQr(RGBLuminanceSource source) throws Exception {
        java.util.List<java.util.Map<com.google.zxing.DecodeHintType, Object>> attempts = java.util.List.of(
                java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE),
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE));
        Exception last = null;
        for (java.util.Map<com.google.zxing.DecodeHintType, Object> hints : attempts) {
            for (BinaryBitmap bitmap : java.util.List.of(new BinaryBitmap(new HybridBinarizer(source)),
                    new BinaryBitmap(new com.google.zxing.common.GlobalHistogramBinarizer(source)))) {
                try {
                    return new QRCodeReader().decode(bitmap, hints).getText();
                } catch (com.google.zxing.ReaderException e) {
                    last = e;
                }
            }
        }
        throw last;
    }

    protected HttpResponse<String> checkInByQr(String officer, String qr) {
        return post("/api/v1/desk/check-ins", basic(officer), write(Map.of("qr", qr)));
    }

    protected HttpResponse<String> checkInByNik(String officer, String nik) {
        return post("/api/v1/desk/check-ins", basic(officer), write(Map.of("nik", nik)));
    }

    protected int audited(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ?").param(action).query(Integer.class).single();
    }

    protected String dinasBandung() {
        return officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273");
    }

    protected String camat(String kecamatan) {
        return officer(Role.CAMAT, kecamatan, "KEC-" + kecamatan.replace(".", ""));
    }

    protected String serviceOfficer(String kecamatan) {
        return officer(Role.SERVICE_OFFICER, kecamatan, "KEC-" + kecamatan.replace(".", ""));
    }

    protected String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
