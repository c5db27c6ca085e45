package jp.bansou;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BansouApplication {

    public static void main(String[] args) {
        SpringApplication.run(BansouApplication.class, args);
    }
}
