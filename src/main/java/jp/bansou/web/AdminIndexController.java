package jp.bansou.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin} (admins only, as all of /admin): the index of every administration page, kept in its template. */
@Controller
class AdminIndexController {

    @GetMapping("/admin")
    String index() {
        return "admin/index";
    }
}
