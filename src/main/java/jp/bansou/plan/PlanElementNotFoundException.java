package jp.bansou.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such business area or item in the user's association: another association's ids answer 404,
 * like ids that exist nowhere, so a page never tells that they exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PlanElementNotFoundException extends RuntimeException {

    public PlanElementNotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }
}
