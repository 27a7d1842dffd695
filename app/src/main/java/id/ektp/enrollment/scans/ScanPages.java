package id.ektp.enrollment.scans;

import id.ektp.enrollment.application.Document;
import id.ektp.platform.domain.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Attaching and downloading scans from the application's page; the page itself lists them. */
@Controller
class ScanPages {

    private final DocumentScans scans;

    ScanPages(DocumentScans scans) {
        this.scans = scans;
    }

    @PostMapping("/applications/{id}/scans")
    String attach(@PathVariable UUID id, @RequestParam Document document, @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) {
        try {
            scans.attach(id, document, file.getBytes());
            redirect.addFlashAttribute("scanned", document);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.problems().get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/applications/" + id;
    }

    @GetMapping("/applications/{id}/scans/{document}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable Document document) {
        return ScanApi.download(scans.open(id, document));
    }
}
