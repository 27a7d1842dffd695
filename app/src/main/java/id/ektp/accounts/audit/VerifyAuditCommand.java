package id.ektp.accounts.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --ektp.command=verify-audit}: walks the audit chain, prints the outcome and ends the process
 * with exit code 0 (intact) or 3 (broken).
 */
@Component
@ConditionalOnProperty(name = "ektp.command", havingValue = VerifyAuditCommand.NAME)
class VerifyAuditCommand implements ApplicationRunner {

    static final String NAME = "verify-audit";

    private static final Logger log = LoggerFactory.getLogger(VerifyAuditCommand.class);

    private final AuditVerifier verifier;
    private final ConfigurableApplicationContext context;

    VerifyAuditCommand(AuditVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        AuditVerification result = verifier.verify();
        System.out.println(result.describe());
        log.info(result.describe());
        int code = result.intact() ? 0 : 3;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }
}
