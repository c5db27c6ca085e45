package jp.bansou.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A value record refusing a request parameter (a year such as {@code ?fy=1800}, which
 * {@code FiscalYear} rejects with {@link IllegalArgumentException}) is the client's mistake: answer
 * 400 through the normal error handling (the error page, or JSON for API clients), not 500.
 */
@ControllerAdvice
class BadRequestAdvice {

    @ExceptionHandler(IllegalArgumentException.class)
    void badRequest(IllegalArgumentException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value(), e.getMessage());
    }
}
