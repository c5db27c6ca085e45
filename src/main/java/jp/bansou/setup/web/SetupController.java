package jp.bansou.setup.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.SetupAlreadyDoneException;
import jp.bansou.setup.FirstSetup;
import jp.bansou.setup.SetupService;
import jp.bansou.shared.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /setup}: the first start's one-time set-up, open without login while the installation has
 * no association and answering 404 ever after. The new admin is logged in at once.
 */
@Controller
class SetupController {

    private static final String PAGE = "/setup";

    private final SetupService setup;
    private final UserDetailsService users;
    private final Clock clock;

    SetupController(SetupService setup, UserDetailsService users, Clock clock) {
        this.setup = setup;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String form(Model model) {
        open();
        model.addAttribute("form", SetupForm.startingIn(FiscalYear.containing(LocalDate.now(clock))));
        return "setup/setup";
    }

    @PostMapping(PAGE)
    String submit(@Valid @ModelAttribute("form") SetupForm form, BindingResult errors, HttpServletRequest request,
                  HttpServletResponse response) {
        open();
        FirstSetup first = form.toSetup(errors);
        if (first == null) {
            return "setup/setup";
        }
        try {
            setup.setUp(first);
        } catch (SetupAlreadyDoneException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        logIn(first.adminUsername(), request, response);
        return "redirect:/admin";
    }

    private void open() {
        if (!setup.needed()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private void logIn(String username, HttpServletRequest request, HttpServletResponse response) {
        BansouUser admin = (BansouUser) users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null,
                admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }
}
