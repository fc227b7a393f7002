package vn.langnghe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Làng Nghề: recognition of traditional crafts and craft villages under Decree 52/2018/NĐ-CP. */
@SpringBootApplication
public class LangNgheApplication {

    public static void main(String[] args) {
        SpringApplication.run(LangNgheApplication.class, args);
    }
}
