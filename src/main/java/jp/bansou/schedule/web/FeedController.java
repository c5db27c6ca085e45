package jp.bansou.schedule.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.schedule.FeedOwner;
import jp.bansou.schedule.ScheduleEvent;
import jp.bansou.schedule.ScheduleFeeds;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The iCalendar feeds, read by calendar apps without a login: {@code /calendar/{token}/association.ics}
 * (every event of the association) and {@code /calendar/{token}/mine.ics} (the token holder's own).
 * An unknown or renewed token answers 404.
 */
@RestController
class FeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ScheduleFeeds feeds;
    private final OrganizationQueries organization;

    FeedController(ScheduleFeeds feeds, OrganizationQueries organization) {
        this.feeds = feeds;
        this.organization = organization;
    }

    @GetMapping("/calendar/{token}/association.ics")
    ResponseEntity<String> association(@PathVariable String token) {
        return feed(token, "association", feeds::associationEvents, owner -> "");
    }

    @GetMapping("/calendar/{token}/mine.ics")
    ResponseEntity<String> mine(@PathVariable String token) {
        return feed(token, "mine", feeds::ownEvents, owner -> "（" + owner.displayName() + "）");
    }

    private ResponseEntity<String> feed(String token, String name, Function<FeedOwner, List<ScheduleEvent>> events,
                                        Function<FeedOwner, String> suffix) {
        FeedOwner owner = feeds.owner(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String title = organization.associationName(owner.associationId()).orElse("Bansō") + " スケジュール"
                + suffix.apply(owner);
        String host = ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost();
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + name + ".ics\"")
                .body(IcsWriter.write(title, host == null ? "bansou" : host, events.apply(owner), Instant.now()));
    }
}
