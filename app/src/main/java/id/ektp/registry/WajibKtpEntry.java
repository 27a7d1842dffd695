package id.ektp.registry;

import java.time.LocalDate;

/** One line of the wajib-KTP list: who must hold a KTP, where they live, and their e-KTP status. */
public record WajibKtpEntry(String nik, String fullName, LocalDate birthDate, Sex sex, MaritalStatus maritalStatus,
        Citizenship citizenship, String desaCode, String street, String rt, String rw, String kkNumber,
        KtpStatus ktpStatus) {

    /** Already holds an e-KTP or is being recorded: marked on the list, no summons needed. */
    public boolean holdsOrInProcess() {
        return ktpStatus != KtpStatus.NONE;
    }
}
