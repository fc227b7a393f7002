package vn.langnghe.calendar;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicHolidays extends JpaRepository<PublicHoliday, LocalDate> {
}
