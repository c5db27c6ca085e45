package jp.bansou.schedule;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No planned event with this id in the user's association (pages answer 404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EventNotFoundException extends RuntimeException {

    public EventNotFoundException(long eventId) {
        super("予定が見つかりません: " + eventId);
    }
}
