package id.ektp.registry.web;

import id.ektp.registry.regions.Region;
import id.ektp.registry.regions.RegionCatalog;
import id.ektp.registry.regions.RegionLevel;

import id.ektp.accounts.Officer;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The choice of kecamatan on the wajib-KTP page, by the width of the officer's region: a kecamatan
 * officer has their own; a kabupaten/kota officer picks one of its kecamatan; a national officer first
 * picks a kabupaten/kota (some 500) and then one of its kecamatan, since one list of every kecamatan
 * of the country (some 7,000) would be unusable.
 */
@Component
public class KecamatanPicker {

    /** What the form offers; {@code kabupatenChoices} is empty unless the officer may pick any kabupaten/kota. */
    record Choices(List<Region> kabupatenChoices, String kabupaten, List<Region> kecamatanChoices, String kecamatan) {
    }

    private final RegionCatalog regions;

    KecamatanPicker(RegionCatalog regions) {
        this.regions = regions;
    }

    Choices choices(Officer officer, String kabupatenParam, String kecamatanParam) {
        String kecamatan = blankToNull(kecamatanParam);
        String region = officer.regionCode();
        int depth = region.isEmpty() ? 0 : region.split("\\.").length;
        if (depth >= 3) {
            String own = region.substring(0, 8);
            return new Choices(List.of(), own.substring(0, 5), regions.find(own).stream().toList(),
                    kecamatan == null ? own : kecamatan);
        }
        if (depth == 2) {
            return new Choices(List.of(), region, regions.children(region), kecamatan);
        }
        String kabupaten = blankToNull(kabupatenParam);
        if (kabupaten == null && kecamatan != null && kecamatan.length() >= 5) {
            kabupaten = kecamatan.substring(0, 5);
        }
        if (kabupaten != null && kecamatan != null && !kecamatan.startsWith(kabupaten + ".")) {
            kecamatan = null; // another kabupaten/kota was picked: its kecamatan list comes first
        }
        List<Region> kecamatanChoices = kabupaten == null ? List.of() : regions.children(kabupaten);
        return new Choices(regions.ofLevel(RegionLevel.KABUPATEN_KOTA), kabupaten, kecamatanChoices, kecamatan);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
