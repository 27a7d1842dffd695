package id.ektp.registry.regions;

import id.ektp.accounts.RegionDirectory;
import org.springframework.stereotype.Component;

/** Tells officer administration which region codes exist, from the registry's region table. */
@Component
public class RegionDirectoryAdapter implements RegionDirectory {

    private final RegionCatalog regions;

    RegionDirectoryAdapter(RegionCatalog regions) {
        this.regions = regions;
    }

    @Override
    public boolean exists(String dottedRegionCode) {
        return RegionLevel.of(dottedRegionCode).isPresent() && regions.find(dottedRegionCode).isPresent();
    }

    @Override
    public java.util.Optional<String> nameOf(String dottedRegionCode) {
        return regions.find(dottedRegionCode).map(Region::name);
    }
}
