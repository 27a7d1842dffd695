package id.ektp.registry.regions;

/** A Kemendagri region: its dotted code, name, level and parent (null for a province). */
public record Region(String code, String name, RegionLevel level, String parentCode) {
}
