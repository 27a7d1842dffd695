package id.ektp.accounts.web;

import id.ektp.accounts.CurrentOfficer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Beranda: the page an officer lands on after login. */
@Controller
class HomePage {

    private final CurrentOfficer currentOfficer;

    HomePage(CurrentOfficer currentOfficer) {
        this.currentOfficer = currentOfficer;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("officer", currentOfficer.get());
        return "home";
    }
}
