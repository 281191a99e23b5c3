package vn.hcc.dashboard.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock in the Center's time zone, so that "today" is the same for every figure and replaceable in tests. */
@Configuration
class TimeConfig {

    @Bean
    Clock clock(@Value("${app.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
