package id.ektp.accounts.web;

import id.ektp.accounts.security.LoginPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page of the officer UI; Spring Security handles the POST. */
@Controller
class LoginPage {

    private final LoginPolicy policy;

    LoginPage(LoginPolicy policy) {
        this.policy = policy;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("maxFailures", policy.maxFailures());
        model.addAttribute("lockMinutes", policy.lockDuration().toMinutes());
        return "login";
    }
}
