package id.ektp.enrollment.web;

import id.ektp.accounts.RegionDirectory;
import org.springframework.stereotype.Component;

/**
 * Region names for the service point's pages ({@code ${@regionNames.name(code)}}): an officer reads
 * "GEGERKALONG", not 32.73.01.1001. A code the directory does not know is shown as it is.
 */
@Component("regionNames")
public class RegionNames {

    private final RegionDirectory regions;

    RegionNames(RegionDirectory regions) {
        this.regions = regions;
    }

    public String name(String dottedRegionCode) {
        return dottedRegionCode == null ? "" : regions.nameOf(dottedRegionCode).orElse(dottedRegionCode);
    }
}
