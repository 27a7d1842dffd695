package id.ektp.registry.residents;

import id.ektp.registry.Citizenship;
import id.ektp.registry.KtpStatus;
import id.ektp.registry.MaritalStatus;
import id.ektp.registry.RegistryException;
import id.ektp.registry.ResultPage;
import id.ektp.registry.Sex;
import id.ektp.registry.WajibKtpEntry;
import id.ektp.registry.WajibKtpList;
import id.ektp.registry.WajibKtpRule;
import id.ektp.registry.regions.RegionCatalog;
import id.ektp.registry.regions.RegionLevel;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.Officer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The wajib-KTP list in SQL: the rule of {@link WajibKtpRule}, per kecamatan, paged. */
@Service
public class WajibKtpQuery implements WajibKtpList {

    static final String RULE = """
            (citizenship = 'WNI' OR (itap_expiry IS NOT NULL AND itap_expiry >= :today))
            AND (birth_date <= :adultBorn OR marital_status <> 'BELUM_KAWIN')""";

    private final JdbcClient jdbc;
    private final RegionCatalog regions;
    private final RegistryAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    WajibKtpQuery(JdbcClient jdbc, RegionCatalog regions, RegistryAccess access, AuditTrail audit, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public ResultPage<WajibKtpEntry> forKecamatan(String kecamatanCode, boolean onlyWithoutKtp, int page, int size) {
        Officer officer = access.officer();
        regions.require("kecamatan", kecamatanCode, RegionLevel.KECAMATAN);
        // An officer of the kecamatan or above sees it all; an officer of one desa sees their desa.
        if (!officer.covers(kecamatanCode) && !officer.regionCode().startsWith(kecamatanCode + ".")) {
            throw new AccessDeniedException("kecamatan " + kecamatanCode + " lies outside your region " + officer.regionCode());
        }
        if (page < 0 || size < 1 || size > 500) {
            throw new RegistryException("size", "problem.wajib.size", "a page holds 1 to 500 residents, pages start at 0");
        }
        LocalDate today = LocalDate.now(clock);
        String where = "kecamatan_code = :kec AND " + RULE + " AND " + RegistryAccess.scopeCondition("desa_code")
                + (onlyWithoutKtp ? " AND ktp_status = 'NONE'" : "");
        long total = jdbc.sql("SELECT count(*) FROM resident WHERE " + where)
                .param("kec", kecamatanCode).param("today", today).param("adultBorn", today.minusYears(WajibKtpRule.AGE))
                .param("scope", RegistryAccess.scopeParam(officer))
                .query(Long.class).single();
        List<WajibKtpEntry> items = jdbc.sql("""
                        SELECT nik, full_name, birth_date, sex, marital_status, citizenship, desa_code, street, rt, rw,
                               kk_number, ktp_status
                        FROM resident WHERE %s ORDER BY desa_code, full_name, nik LIMIT :limit OFFSET :offset""".formatted(where))
                .param("kec", kecamatanCode).param("today", today).param("adultBorn", today.minusYears(WajibKtpRule.AGE))
                .param("scope", RegistryAccess.scopeParam(officer))
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new WajibKtpEntry(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        Sex.valueOf(rs.getString(4)), MaritalStatus.valueOf(rs.getString(5)),
                        Citizenship.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), KtpStatus.valueOf(rs.getString(12))))
                .list();
        audit.read(AuditAction.WAJIB_KTP_LIST_READ, kecamatanCode);
        return new ResultPage<>(items, page, size, total);
    }
}
