package id.ektp.registry.numbering;

import id.ektp.registry.regions.RegionCatalog;
import id.ektp.registry.regions.RegionLevel;

import org.springframework.stereotype.Component;

/** The NIK rules that need the region table: the first six digits name a kecamatan that exists. */
@Component
public class NikRules {

    private final RegionCatalog regions;

    NikRules(RegionCatalog regions) {
        this.regions = regions;
    }

    /** A valid NIK, or an {@link InvalidNikException} naming the first rule broken. */
    public Nik validate(String field, String value) {
        Nik nik;
        try {
            nik = Nik.parse(value);
        } catch (InvalidNikException e) {
            throw new InvalidNikException(field, e.reason());
        }
        if (regions.find(nik.kecamatanCode()).filter(r -> r.level() == RegionLevel.KECAMATAN).isEmpty()) {
            throw new InvalidNikException(field, "digits 1-6 name kecamatan " + nik.kecamatanCode() + ", which does not exist");
        }
        return nik;
    }
}
