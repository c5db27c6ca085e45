package jp.bansou.apitoken.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.bansou.apitoken.TokenNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A token that is not the user's own (or, for admins, not of their association) is not found: 404. */
@ControllerAdvice(basePackageClasses = TokenAdvice.class)
class TokenAdvice {

    @ExceptionHandler(TokenNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
