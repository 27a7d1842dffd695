package id.ektp.enrollment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Residents for the browser tests, registered through the registry's API as a service officer. */
final class BrowserResidents {

    private BrowserResidents() {
    }

    /** A new wajib-KTP resident of Sukasari (desa Isola) without an e-KTP; returns the NIK. */
    static String register(String baseUrl, String serviceOfficer, String password, String name, String birthDate) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("fullName", name);
        r.put("birthPlace", "Bandung");
        r.put("birthDate", birthDate);
        r.put("sex", "PEREMPUAN");
        r.put("bloodGroup", "B_POS");
        r.put("religion", "ISLAM");
        r.put("maritalStatus", "BELUM_KAWIN");
        r.put("occupation", "Pelajar/Mahasiswa");
        r.put("citizenship", "WNI");
        r.put("street", "Jl. Isola No. 3");
        r.put("rt", "002");
        r.put("rw", "004");
        r.put("desaCode", "32.73.01.1003");
        r.put("familyRelation", "KEPALA_KELUARGA");
        ObjectMapper json = new ObjectMapper();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/residents"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((serviceOfficer + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(r))).build(), HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("nik").asText();
    }
}
