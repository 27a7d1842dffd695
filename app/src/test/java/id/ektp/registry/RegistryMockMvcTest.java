package id.ektp.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.ektp.registry.regions.BuiltInRegions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** What the registry's API tests share: the application with MockMvc, and the built-in regions loaded. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class RegistryMockMvcTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    BuiltInRegions builtIn;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void regions() {
        builtIn.load();
    }
}
