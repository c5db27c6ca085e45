package jp.bansou;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class BansouApplication {

    public static void main(String[] args) {
        SpringApplication.run(BansouApplication.class, args);
    }

    /** "Today" for every module that needs it (pace, deadlines), in Japan's time; tests may fix it. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Tokyo"));
    }
}
