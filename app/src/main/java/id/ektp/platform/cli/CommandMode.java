package id.ektp.platform.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import java.util.Map;

/**
 * A run with {@code --ektp.command=...} is a command line tool, not the server: its web server (kept,
 * because security and auditing are built on the servlet stack) listens on a free random port, so the
 * command runs beside a platform already serving on 8080.
 */
public class CommandMode implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String command = environment.getProperty("ektp.command", "");
        if (!command.isBlank()) {
            environment.getPropertySources().addFirst(new MapPropertySource("ektp-command-mode", Map.of("server.port", "0")));
        }
    }
}
