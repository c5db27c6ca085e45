package jp.bansou.activity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.bansou.activity.ImportError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over the server's multipart limit never reaches the import (which refuses files over its
 * own, lower limit with the file's name): API clients get 413 with the usual JSON errors, the pages
 * go back to the upload form with the limit named.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private final MessageSource messages;
    private final String limit;

    UploadLimitAdvice(MessageSource messages,
                      @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit) {
        this.messages = messages;
        this.limit = limit.toMegabytes() > 0 ? limit.toMegabytes() + " MB" : limit.toKilobytes() + " KB";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        String message = messages.getMessage("import.tooLarge", new Object[] {limit},
                RequestContextUtils.getLocale(request));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ImportApiController.errors(HttpStatus.CONTENT_TOO_LARGE, List.of(ImportError.ofFile(message)));
        }
        redirect.addFlashAttribute("tooLarge", message);
        return new ModelAndView("redirect:/imports/new");
    }
}
