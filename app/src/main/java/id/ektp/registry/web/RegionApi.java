package id.ektp.registry.web;

import id.ektp.registry.regions.Progress;
import id.ektp.registry.regions.Region;
import id.ektp.registry.regions.RegionCatalog;
import id.ektp.registry.regions.RegionImport;
import id.ektp.registry.regions.RegionLevel;
import id.ektp.registry.regions.UnknownRegionException;
import id.ektp.registry.residents.RegistryAccess;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import id.ektp.platform.domain.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Regions over REST: browse the tree, import the official list (system administrator). */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions")
public class RegionApi {

    private final RegionCatalog regions;
    private final RegionImport importer;
    private final RegistryAccess access;

    RegionApi(RegionCatalog regions, RegionImport importer, RegistryAccess access) {
        this.regions = regions;
        this.importer = importer;
        this.access = access;
    }

    /** The provinces, or the children of {@code parent}. */
    @GetMapping
    @Operation(summary = "The provinces, or the children of a region")
    List<Region> children(@RequestParam(required = false) String parent) {
        access.officer();
        if (parent != null && !parent.isBlank() && RegionLevel.of(parent).isEmpty()) {
            throw new UnknownRegionException("parent", "'" + parent + "' is not a region code");
        }
        return regions.children(parent);
    }

    @GetMapping("/{code}")
    @Operation(summary = "A region by its Kemendagri code")
    Region get(@PathVariable String code) {
        access.officer();
        if (RegionLevel.of(code).isEmpty()) {
            throw new UnknownRegionException("code", "'" + code + "' is not a region code (32, 32.73, 32.73.01 or 32.73.01.1001)");
        }
        return regions.find(code).orElseThrow(() -> new NotFoundException("REGION", code));
    }

    @GetMapping("/counts")
    @Operation(summary = "How many regions of each level are stored")
    Map<RegionLevel, Long> counts() {
        access.officer();
        return regions.countPerLevel();
    }

    /** Imports a {@code code,name} CSV sent as the request body. */
    @Operation(summary = "Import the official region list as a code,name CSV body (system administrator)")
    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    RegionImport.Result importBody(InputStream body) {
        return importer.importCsv(body, "api upload", Progress.NONE);
    }

    /** Imports a {@code code,name} CSV sent as the multipart part {@code file}. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the official region list as a code,name CSV file upload (system administrator)")
    RegionImport.Result importFile(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return importer.importCsv(in, file.getOriginalFilename(), Progress.NONE);
        }
    }
}
