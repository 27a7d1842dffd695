package id.ektp.enrollment.campaign;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What the Dinas gives to open a campaign: the kecamatan, the service days, and the place(s) to come to. */
public record OpenCampaign(
        @NotNull @Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}", message = "a kecamatan code such as 32.73.01") String kecamatanCode,
        @NotNull LocalDate firstDay,
        @NotNull LocalDate lastDay,
        @NotEmpty @Size(max = 10, message = "at most 10 places") List<@NotNull @Size(min = 3, max = 120, message = "3 to 120 characters") String> places) {
}
