package jp.bansou.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/target-table";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
