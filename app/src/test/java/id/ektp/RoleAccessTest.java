package id.ektp;

import static id.ektp.accounts.Role.DINAS_ADMIN;
import static id.ektp.accounts.Role.SERVICE_OFFICER;
import static id.ektp.accounts.Role.SYSTEM_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import id.ektp.accounts.Officer;
import id.ektp.accounts.Role;
import id.ektp.accounts.security.OfficerPrincipal;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every endpoint and page against every role: a role outside the endpoint's list is refused with 403 before
 * the request is read; a role inside it gets past the role check (whatever the request then answers).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RoleAccessTest {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMINISTRATORS = EnumSet.of(SYSTEM_ADMIN, DINAS_ADMIN);
    private static final Set<Role> REGISTRARS = EnumSet.of(SERVICE_OFFICER, DINAS_ADMIN, SYSTEM_ADMIN);
    private static final String NIK = "3273010101900001";

    record Endpoint(String method, String path, Set<Role> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final Endpoint[] ENDPOINTS = {
            new Endpoint("GET", "/api/v1/me", EVERY_ROLE),
            new Endpoint("GET", "/api/v1/regions", EVERY_ROLE),
            new Endpoint("GET", "/api/v1/regions/32.73", EVERY_ROLE),
            new Endpoint("POST", "/api/v1/regions/import", EnumSet.of(SYSTEM_ADMIN)),
            new Endpoint("GET", "/api/v1/residents?q=Siti", EVERY_ROLE),
            new Endpoint("POST", "/api/v1/residents", REGISTRARS),
            new Endpoint("GET", "/api/v1/residents/" + NIK, EVERY_ROLE),
            new Endpoint("PUT", "/api/v1/residents/" + NIK, REGISTRARS),
            new Endpoint("DELETE", "/api/v1/residents/" + NIK, REGISTRARS),
            new Endpoint("GET", "/api/v1/residents/" + NIK + "/history", EVERY_ROLE),
            new Endpoint("GET", "/api/v1/families/3273010101100001", EVERY_ROLE),
            new Endpoint("POST", "/api/v1/families", REGISTRARS),
            new Endpoint("GET", "/api/v1/wajib-ktp?kecamatan=32.73.01", EVERY_ROLE),
            new Endpoint("GET", "/api/v1/nik/" + NIK, EVERY_ROLE),
            new Endpoint("POST", "/api/v1/nik", REGISTRARS),
            new Endpoint("GET", "/api/v1/officers", ADMINISTRATORS),
            new Endpoint("GET", "/api/v1/officers/someone", ADMINISTRATORS),
            new Endpoint("POST", "/api/v1/officers", ADMINISTRATORS),
            new Endpoint("PUT", "/api/v1/officers/someone", ADMINISTRATORS),
            new Endpoint("POST", "/api/v1/officers/someone/unlock", ADMINISTRATORS),
            new Endpoint("GET", "/api/v1/offices", ADMINISTRATORS),
            new Endpoint("POST", "/api/v1/offices", EnumSet.of(SYSTEM_ADMIN)),
            new Endpoint("GET", "/api/v1/audit/verification", EnumSet.of(SYSTEM_ADMIN)),
            new Endpoint("GET", "/", EVERY_ROLE),
            new Endpoint("GET", "/residents", EVERY_ROLE),
            new Endpoint("GET", "/wajib-ktp", EVERY_ROLE),
            new Endpoint("GET", "/account/password", EVERY_ROLE),
            new Endpoint("GET", "/admin/officers", ADMINISTRATORS),
            new Endpoint("POST", "/admin/officers", ADMINISTRATORS),
            new Endpoint("GET", "/admin/officers/someone", ADMINISTRATORS),
            new Endpoint("POST", "/admin/officers/someone/unlock", ADMINISTRATORS),
            new Endpoint("GET", "/admin/regions", EnumSet.of(SYSTEM_ADMIN)),
            new Endpoint("POST", "/admin/regions", EnumSet.of(SYSTEM_ADMIN)),
    };

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> endpointsAndRoles() {
        return Stream.of(ENDPOINTS).flatMap(e -> EVERY_ROLE.stream().map(role -> Arguments.of(e, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("endpointsAndRoles")
    void eachRoleIsLetInOrRefusedAsTheTableSays(Endpoint endpoint, Role role) throws Exception {
        var request = endpoint.path().equals("/admin/regions") && endpoint.method().equals("POST")
                ? multipart(endpoint.path()).file(new MockMultipartFile("file", "regions.csv", "text/csv", new byte[0]))
                : request(HttpMethod.valueOf(endpoint.method()), endpoint.path())
                        .contentType(MediaType.APPLICATION_JSON).content("{}");
        int status = mvc.perform(request.with(user(officer(role))).with(csrf())).andReturn().getResponse().getStatus();

        if (endpoint.allowed().contains(role)) {
            assertThat(status).as("%s as %s", endpoint, role).isNotIn(401, 403);
        } else {
            assertThat(status).as("%s as %s", endpoint, role).isEqualTo(403);
        }
    }

    @Test
    void aRefusalOfTheDomainOnAPageAnswersWithItsStatus() throws Exception {
        // OfficerAdministration throws the domain's NotFoundException; DomainErrorPages makes it the 404 page.
        int status = mvc.perform(get("/admin/officers/no.such.officer").with(user(officer(SYSTEM_ADMIN))))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(404);
    }

    /** Central roles are national, the Dinas a kota's, the others a kecamatan's: as the demo places them. */
    private static OfficerPrincipal officer(Role role) {
        String region = switch (role) {
            case SYSTEM_ADMIN, DATA_CENTRE_OFFICER, ADJUDICATOR -> "";
            case DINAS_ADMIN -> "32.73";
            default -> "32.73.01";
        };
        return new OfficerPrincipal(new Officer("role-" + role.name().toLowerCase(), "Test " + role, role, region, "TEST"),
                "", true, null);
    }
}
