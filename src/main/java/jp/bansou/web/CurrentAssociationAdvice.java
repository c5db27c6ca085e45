package jp.bansou.web;

import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user's association name into every page's model, for the layout's header. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentAssociationAdvice {

    private final OrganizationQueries organization;

    CurrentAssociationAdvice(OrganizationQueries organization) {
        this.organization = organization;
    }

    @ModelAttribute("associationName")
    String associationName(@AuthenticationPrincipal BansouUser user) {
        return user == null ? "" : organization.associationName(user.associationId()).orElse("");
    }
}
