package jp.bansou.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.bansou.organization.OrganizationNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An id that is not of the admin's association (or of none) is not found: 404, whoever's it is. */
@ControllerAdvice(basePackageClasses = OrganizationAdminAdvice.class)
class OrganizationAdminAdvice {

    @ExceptionHandler(OrganizationNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
